# expect: runtime_error
# Keeps the count on the CallLimit object: when one CallLimit(2) decorates several
# functions, they share a single count.
import functools


class CallLimitExceeded(RuntimeError):
    pass


class CallLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls
        self.count = 0

    def __call__(self, func):
        limit = self

        class Limited:
            @property
            def calls(self):
                return limit.count

            def reset(self):
                limit.count = 0

            def __call__(self, *args, **kwargs):
                if limit.count >= limit.max_calls:
                    raise CallLimitExceeded("limit reached")
                limit.count += 1
                return func(*args, **kwargs)

        wrapper = Limited()
        functools.update_wrapper(wrapper, func)
        return wrapper
