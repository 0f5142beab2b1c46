# expect: runtime_error
# Handles a missing file, but not text that is not UTF-8: decoding it raises, and the
# program ends with a traceback.
import re
import sys
from collections import Counter


def main(path):
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        print("word_count.py: cannot read %s: %s" % (path, error.strerror), file=sys.stderr)
        return 1
    counts = Counter(re.findall(r"(?:[^\W_]|')+", text.lower()))
    for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        print(word, count)
    return 0


sys.exit(main(sys.argv[1]))
