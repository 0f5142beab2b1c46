# expect: time_limit_exceeded
# Counts each word with list.count, which scans the whole list every time: quadratic.
import re
import sys


def main(argv):
    try:
        with open(argv[1], encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        print("cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    words = re.findall(r"(?:[^\W_]|')+", text.lower())
    counts = {}
    for word in words:
        counts[word] = words.count(word)
    for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        print(word, count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
