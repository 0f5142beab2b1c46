# expect: time_limit_exceeded
# Right totals, but it reads the file again for every line it adds: quadratic, so the
# large file takes far more than the time limit.
import sys


def main(argv):
    if len(argv) != 2:
        print("usage: {module}.py PATH", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            count = len(handle.read().splitlines())
    except OSError as error:
        print("{module}.py: cannot read %s: %s" % (argv[1], error.strerror), file=sys.stderr)
        return 1
    total = 0
    for index in range(count):
        with open(argv[1], encoding="utf-8") as handle:
            line = handle.read().splitlines()[index]
        if line.strip():
            total += int(line)
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
