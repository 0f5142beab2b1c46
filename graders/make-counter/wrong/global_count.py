# expect: wrong_answer
# Keeps the count in a module global: every counter shares it, so making a second
# counter resets the first, and their calls interfere.
upcoming = 0
increment = 1


def make_counter(start=0, step=1):
    global upcoming, increment
    upcoming, increment = start, step

    def counter():
        global upcoming
        value = upcoming
        upcoming += increment
        return value

    return counter
