# The reference solution: `coach validate` checks that it passes every case, and
# times it to check the time limit. Learners never see it. Replace it with yours.
"""Add up the numbers of a text file: python {module}.py PATH"""

import sys


def main(argv):
    if len(argv) != 2:
        print("usage: {module}.py PATH", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        print("{module}.py: cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    print(sum(int(line) for line in lines if line.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
