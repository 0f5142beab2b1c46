"""Trusted test code for stack: a deep workload summed up in a checksum."""

_MOD = 1000000007


def _mix(total, value):
    """Fold one observed int into a checksum."""
    return (total * 31 + value) % _MOD


def stress_stack(n):
    """Push n ints, then n times pop one and push another at full depth (peeking at
    each), walk the stack once, then pop it empty. Returns a checksum of every pop,
    peek, length and walked item, and whether the stack ended empty."""
    stack = Stack()
    for value in range(n):
        stack.push(value)
    total = _mix(0, len(stack))
    for step in range(n):
        total = _mix(total, stack.pop())
        stack.push(n + step)
        total = _mix(total, stack.peek())
    total = _mix(total, len(stack))
    for item in stack:
        total = _mix(total, item)
    for _ in range(n):
        total = _mix(total, stack.pop())
    return total, len(stack), stack.is_empty()


def sizes_at_depth(n):
    """Push n ints, asking len() and is_empty() after every push; then pop them all,
    asking again after every pop. Returns (the sum of the lengths seen while pushing,
    how many is_empty() calls said True while pushing, the sum of the lengths seen
    while popping, how many said True while popping)."""
    stack = Stack()
    push_total = push_empty = pop_total = pop_empty = 0
    for value in range(n):
        stack.push(value)
        push_total += len(stack)
        push_empty += stack.is_empty() is True
    for _ in range(n):
        stack.pop()
        pop_total += len(stack)
        pop_empty += stack.is_empty() is True
    return push_total, push_empty, pop_total, pop_empty
