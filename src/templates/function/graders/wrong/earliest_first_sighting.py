# expect: wrong_answer
# A known-wrong solution: its first line declares the verdict it must get on at least
# one case (`coach validate` checks that it does). Keep one per mistake you expect
# learners to make, so the tests are proven to catch it. Replace these with yours.
#
# This one returns the repeated number that appears first, not the one seen again
# first: for [5, 1, 2, 1, 5] it answers 5 instead of 1.
from collections import Counter


def {module}(numbers):
    counts = Counter(numbers)
    for number in numbers:
        if counts[number] > 1:
            return number
    return None
