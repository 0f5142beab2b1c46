"""Count the words of a text file: python word_count.py PATH"""

import re
import sys
from collections import Counter

WORD = re.compile(r"(?:[^\W_]|')+")


def main(argv):
    if len(argv) != 2:
        print("usage: word_count.py PATH", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        print("word_count.py: cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print("word_count.py: cannot read %s: it is not UTF-8 text" % argv[1], file=sys.stderr)
        return 1
    counts = Counter(WORD.findall(text.lower()))
    for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        print(word, count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
