# expect: runtime_error
# A known-wrong solution: its first line declares the verdict it must get on at least
# one case (`coach validate` checks that it does). Keep one per mistake you expect
# learners to make, so the tests are proven to catch it. Replace these with yours.
#
# This one never checks that the file can be read: a missing file is a traceback,
# which is a crash even though Python then exits with status 1.
import sys


def main(argv):
    if len(argv) != 2:
        print("usage: {module}.py PATH", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    print(sum(int(line) for line in lines if line.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
