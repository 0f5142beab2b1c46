import sys


def words(text):
    current = []
    for ch in text.lower():
        if ch == "'" or ch.isalnum():
            current.append(ch)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: word_count.py PATH\n")
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        sys.stderr.write("word_count.py: %s: %s\n" % (sys.argv[1], error))
        return 1
    counts = {}
    for word in words(text):
        counts[word] = counts.get(word, 0) + 1
    for word in sorted(counts, key=lambda w: (-counts[w], w)):
        sys.stdout.write("%s %d\n" % (word, counts[word]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
