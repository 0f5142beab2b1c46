# expect: wrong_answer
# Reads sys.argv[1] without checking that it is there: run without a file name it
# crashes with IndexError (exit status 1) instead of printing the usage (status 2).
# The case that expects `stderr` compares the traceback as text, so this is a wrong
# answer there rather than a crash.
import sys


def main(argv):
    try:
        with open(argv[1], encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        print("cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    print(sum(int(line) for line in lines if line.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
