# expect: runtime_error
# Never checks that the file can be read: a missing file is an unhandled exception.
import re
import sys
from collections import Counter


def main(argv):
    with open(argv[1], encoding="utf-8") as handle:
        text = handle.read()
    counts = Counter(re.findall(r"(?:[^\W_]|')+", text.lower()))
    for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        print(word, count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
