"""Count the words of a text file: python word_count.py PATH"""

import sys


def main(argv):
    """Print each word of the file argv[1] with its count; return the exit status."""
    raise NotImplementedError("write the word count")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
