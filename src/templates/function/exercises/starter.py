def {module}(numbers):
    """Return the first number of `numbers` seen for the second time, or None."""
    raise NotImplementedError("write {module}")
