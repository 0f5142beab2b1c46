# expect: wrong_answer
# Splits on whitespace only, so punctuation sticks to words ("world!" is not "world").
import sys
from collections import Counter


def main(argv):
    try:
        with open(argv[1], encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        print("cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    counts = Counter(text.lower().split())
    for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        print(word, count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
