# expect: time_limit_exceeded
# Right answers, but it looks for each number in everything before it: quadratic, so
# the long list takes far more than the time limit. `coach validate` runs it with twice
# the limit and checks that it still does not finish.


def {module}(numbers):
    for index, number in enumerate(numbers):
        if number in numbers[:index]:
            return number
    return None
