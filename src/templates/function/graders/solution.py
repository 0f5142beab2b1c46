# The reference solution: `coach validate` checks that it passes every case, and
# times it to check the time limit. Learners never see it. Replace it with yours.


def {module}(numbers):
    """Return the first number of `numbers` seen for the second time, or None."""
    seen = set()
    for number in numbers:
        if number in seen:
            return number
        seen.add(number)
    return None
