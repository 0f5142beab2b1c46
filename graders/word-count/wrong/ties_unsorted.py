# expect: wrong_answer
# Sorts by count only, so words with the same count keep the order they first appeared in.
import re
import sys
from collections import Counter


def main(argv):
    try:
        with open(argv[1], encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        print("cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    counts = Counter(re.findall(r"(?:[^\W_]|')+", text.lower()))
    for word, count in sorted(counts.items(), key=lambda pair: -pair[1]):
        print(word, count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
