# expect: wrong_answer
# Exits with status 1 when the file cannot be read, but says nothing about it.
import re
import sys
from collections import Counter

try:
    with open(sys.argv[1], encoding="utf-8") as handle:
        text = handle.read()
except (OSError, UnicodeDecodeError):
    sys.exit(1)
counts = Counter(re.findall(r"(?:[^\W_]|')+", text.lower()))
for word, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
    print(word, count)
