"""Trusted test code for tail-recursion: decorated functions, built when a case asks
(the decorator is the solution's, so nothing is decorated while the helpers load)."""


def make_sum_to():
    """sum_to(n) = 1 + 2 + ... + n, one tail call per step (positional accumulator)."""

    @tail_recursive
    def sum_to(n, acc=0):
        if n == 0:
            return acc
        return TailCall(sum_to, n - 1, acc + n)

    return sum_to


def make_factorial():
    """factorial(n), one tail call per step, the accumulator passed by keyword."""

    @tail_recursive
    def factorial(n, acc=1):
        if n <= 1:
            return acc
        return TailCall(factorial, n - 1, acc=acc * n)

    return factorial


def make_even_odd():
    """(is_even, is_odd), decorated, each a tail call of the other."""

    @tail_recursive
    def is_even(n):
        return True if n == 0 else TailCall(is_odd, n - 1)

    @tail_recursive
    def is_odd(n):
        return False if n == 0 else TailCall(is_even, n - 1)

    return is_even, is_odd


def make_keyword_countdown():
    """countdown(n=..., steps=...): keyword-only parameters, tail calls by keyword only."""

    @tail_recursive
    def countdown(*, n, steps=0, log=()):
        if n == 0:
            return steps, log
        return TailCall(countdown, n=n - 1, steps=steps + 1, log=log[-2:] + (n,))

    return countdown


def make_through_plain():
    """ping (decorated) and pong (not decorated) hand the count to each other by tail
    calls; ping returns the number of hops when the count reaches 0."""

    def pong(n, hops):
        if n == 0:
            return hops
        return TailCall(ping, n - 1, hops + 1)

    @tail_recursive
    def ping(n, hops=0):
        if n == 0:
            return hops
        return TailCall(pong, n - 1, hops + 1)

    return ping


def make_sum_of_factorials():
    """total(n) = 1! + 2! + ... + n!: a tail call per step, and an ordinary call of
    the decorated factorial in each step's arguments."""
    factorial = make_factorial()

    @tail_recursive
    def total(n, acc=0):
        if n == 0:
            return acc
        return TailCall(total, n - 1, acc + factorial(n))

    return total


def make_depth():
    """depth(tree): plain (non-tail) recursion of a decorated function over nested
    lists: a leaf has depth 0, a list 1 + the depth of its deepest item."""

    @tail_recursive
    def depth(tree):
        if not isinstance(tree, list):
            return 0
        return 1 + max([depth(item) for item in tree], default=0)

    return depth


def nested(levels):
    """A list nested `levels` deep, with a few leaves on the way."""
    tree = "leaf"
    for level in range(levels):
        tree = [level, tree] if level % 2 else [tree]
    return tree


def make_pair_builder():
    """pairs(n): the decorated function calls itself in an ordinary expression (not
    in a tail call), building nested tuples (n, (n - 1, (... (0, None))))."""

    @tail_recursive
    def pairs(n):
        if n < 0:
            return None
        return (n, pairs(n - 1))

    return pairs


def make_failing(at):
    """down(n) tail-calls itself and raises ValueError when n reaches `at`."""

    @tail_recursive
    def down(n):
        if n == at:
            raise ValueError("reached %d" % at)
        if n == 0:
            return "bottom"
        return TailCall(down, n - 1)

    return down


class Job:
    """A plain value that happens to have func, args and kwargs attributes."""

    def __init__(self):
        self.func = self.run
        self.args = ()
        self.kwargs = {}

    def run(self):
        return "Job.run was called"
