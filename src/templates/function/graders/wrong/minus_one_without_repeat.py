# expect: wrong_answer
# Answers -1 when no number repeats, the habit of other languages, instead of None.


def {module}(numbers):
    seen = set()
    for number in numbers:
        if number in seen:
            return number
        seen.add(number)
    return -1
