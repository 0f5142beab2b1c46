# expect: wrong_answer
# Joins the lines instead of adding them, and prints nothing for a file without numbers.
import sys


def main(argv):
    if len(argv) != 2:
        print("usage: {module}.py PATH", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            lines = handle.read().split()
    except OSError as error:
        print("{module}.py: cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    if lines:
        print("".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
