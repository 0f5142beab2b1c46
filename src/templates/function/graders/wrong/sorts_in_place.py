# expect: wrong_answer
# Sorts the caller's list to find neighbours that are equal: it changes the list it
# was given, and finds the smallest repeated number rather than the first one.


def {module}(numbers):
    numbers.sort()
    for left, right in zip(numbers, numbers[1:]):
        if left == right:
            return left
    return None
