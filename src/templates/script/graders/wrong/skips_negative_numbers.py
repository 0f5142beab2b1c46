# expect: wrong_answer
# Keeps only the lines that are all digits, so "-3" (and " 4 ") are silently dropped.
import sys


def main(argv):
    if len(argv) != 2:
        print("usage: {module}.py PATH", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        print("cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    print(sum(int(line) for line in lines if line.isdigit()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
