"""Add up the numbers of a text file: python {module}.py PATH"""

import sys


def main(argv):
    """Print the total of the numbers in the file argv[1]; return the exit status."""
    raise NotImplementedError("write the program")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
