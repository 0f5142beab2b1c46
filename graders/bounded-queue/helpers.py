"""Trusted test code for bounded-queue: producers and consumers in real threads.

Every wait here is bounded. The threads are daemons and every join or wait has a
timeout, so a solution that deadlocks or waits forever gets a wrong answer ("still
running") within the case's time limit, never a hung case. The helpers return what
they observed; the cases state what a correct queue gives.
"""

import threading
from time import monotonic, sleep, thread_time

# NOTE: bound when the helpers load (coach puts these modules back after the learner's
# module loads), so a solution that replaces them while it runs does not reach them.
_Thread = threading.Thread
_Event = threading.Event

class _Call:
    """Runs fn(*args) in a daemon thread; remembers what it returned or raised, and how
    long it took (wall time, measured inside the thread)."""

    def __init__(self, fn, *args, **kwargs):
        self.done = _Event()
        self.value = None
        self.error = None
        self.elapsed = None
        self.thread = _Thread(target=self._run, args=(fn, args, kwargs), daemon=True)
        self.thread.start()

    def _run(self, fn, args, kwargs):
        started = monotonic()
        try:
            self.value = fn(*args, **kwargs)
        except BaseException as error:  # reported, not raised: the case goes on
            self.error = type(error).__name__
        finally:
            self.elapsed = monotonic() - started
            self.done.set()

    def outcome(self, timeout):
        """('returned', value), ('raised', exception name), or 'still running' when the
        call has not finished within `timeout` seconds."""
        if not self.done.wait(timeout):
            return "still running"
        if self.error is not None:
            return ("raised", self.error)
        return ("returned", self.value)


def _put(queue, item, **kwargs):
    """queue.put(item, ...), returning None whatever put() returns (the prompt does not
    say what it returns)."""
    queue.put(item, **kwargs)


def _fill(queue, items):
    """Put every item, from another thread; 'filled' when that finished within 1 s."""
    result = _Call(lambda: [queue.put(item) for item in items]).outcome(1.0)
    if result == "still running":
        return "put blocked before the queue was full"
    if result[0] == "raised":
        return result
    return "filled"


def _drain(queue):
    """Every item left in the queue, front first: get() while qsize() is above 0."""
    items = []
    for _ in range(1000):
        if queue.qsize() <= 0:
            break
        result = _Call(queue.get).outcome(1.0)
        if result == "still running" or result[0] != "returned":
            items.append(result)
            break
        items.append(result[1])
    return items


def put_blocks_when_full(maxsize):
    """Fill a queue, then put one more item from another thread: is that put still
    waiting 0.2 s later, and how many items are in the queue meanwhile? Then get one
    item: does the waiting put finish? Returns those facts, the item got, and what is
    left in the queue afterwards."""
    queue = BoundedQueue(maxsize)
    filled = _fill(queue, range(maxsize))
    blocked = _Call(_put, queue, "extra")
    waiting = not blocked.done.wait(0.2)
    size = queue.qsize()
    first = _Call(queue.get).outcome(1.0)
    return (filled, waiting, size, first, blocked.outcome(2.0), _drain(queue))


def get_blocks_when_empty():
    """get() from another thread on an empty queue: is it still waiting 0.2 s later?
    Then put an item: what does the waiting get return?"""
    queue = BoundedQueue(3)
    blocked = _Call(queue.get)
    waiting = not blocked.done.wait(0.2)
    _fill(queue, ["late"])
    return (waiting, blocked.outcome(2.0), queue.qsize())


def timeout_zero(maxsize=2):
    """get(timeout=0) on an empty queue and put(x, timeout=0) on a full one, each in a
    thread: what each did, whether it finished within 0.25 s (it must not wait), and
    what the queue holds afterwards."""
    queue = BoundedQueue(maxsize)
    getter = _Call(queue.get, timeout=0)
    got = (getter.outcome(1.0), getter.done.is_set() and getter.elapsed < 0.25)
    filled = _fill(queue, range(maxsize))
    putter = _Call(_put, queue, "extra", timeout=0)
    put = (putter.outcome(1.0), putter.done.is_set() and putter.elapsed < 0.25)
    return (got, filled, put, queue.qsize(), _drain(queue))


def timed_get_on_empty(timeout):
    """get(timeout=...) on a queue that stays empty: what it did, and whether it waited
    at least three quarters of the timeout before giving up."""
    queue = BoundedQueue(1)
    call = _Call(queue.get, timeout=timeout)
    result = call.outcome(timeout + 2.0)
    return (result, call.done.is_set() and call.elapsed >= 0.75 * timeout)


def timed_put_on_full(timeout):
    """put('extra', timeout=...) on a queue that stays full: what it did, whether it
    waited at least three quarters of the timeout, and what the queue holds then."""
    queue = BoundedQueue(2)
    filled = _fill(queue, ["a", "b"])
    call = _Call(_put, queue, "extra", timeout=timeout)
    result = call.outcome(timeout + 2.0)
    waited = call.done.is_set() and call.elapsed >= 0.75 * timeout
    return (filled, result, waited, queue.qsize(), _drain(queue))


def timed_calls_released(delay=0.1, timeout=3.0):
    """A get with a long timeout on an empty queue, released by a put `delay` seconds
    later; a put with a long timeout on a full queue, released by a get. What each
    returned, and whether each finished long before its timeout (within 1 s)."""
    queue = BoundedQueue(1)
    getter = _Call(queue.get, timeout=timeout)
    sleep(delay)
    _fill(queue, ["late"])
    got = getter.outcome(1.5)
    got_soon = getter.done.is_set() and getter.elapsed < 1.0
    queue = BoundedQueue(1)
    _fill(queue, ["front"])
    putter = _Call(_put, queue, "back", timeout=timeout)
    sleep(delay)
    first = _Call(queue.get).outcome(1.0)
    put = putter.outcome(1.5)
    put_soon = putter.done.is_set() and putter.elapsed < 1.0
    return (got, got_soon, first, put, put_soon, _drain(queue))


def _spin(cpu, backstop=3.0):
    """Keep this thread busy until it has used `cpu` seconds of its own CPU time (or
    `backstop` seconds of wall time have passed); returns the CPU time it used."""
    started = thread_time()
    end = monotonic() + backstop
    spent = 0.0
    while spent < cpu and monotonic() < end:
        sum(range(200))
        spent = thread_time() - started
    return spent


def blocked_get_cpu(timed):
    """How much CPU time a get() on an empty queue uses while it waits, in the thread
    that called it, compared with the CPU time this thread uses meanwhile: this thread
    keeps busy for 0.1 s of its own CPU time, then puts an item. A thread that loops
    checking the queue competes with this one for the interpreter and gets a share of
    the CPU like it; a thread that sleeps until woken uses almost none. Comparing the
    two threads of one process makes the check independent of the machine's load.
    With timed=True the get is get(timeout=5.0), otherwise get().

    Returns what the get did and whether its CPU time stayed under a quarter of this
    thread's."""
    queue = BoundedQueue(1)

    def measured():
        started = thread_time()
        try:
            if timed:
                return ("returned", queue.get(timeout=5.0))
            return ("returned", queue.get())
        except BaseException as error:
            return ("raised", type(error).__name__)
        finally:
            cpu[0] = thread_time() - started

    cpu = [None]
    call = _Call(measured)
    sleep(0.02)  # let the get start waiting
    spent = _spin(0.1)
    _fill(queue, ["wake up"])
    result = call.outcome(3.0)
    if result == "still running":
        return result
    return (result[1], cpu[0] is not None and cpu[0] < spent / 4)


def producers_consumers(producers, consumers, per_producer, maxsize, deadline=3.0):
    """`producers` threads each put (p, 0), (p, 1), ... (p, per_producer - 1); the
    `consumers` threads get as many items in all, each an equal share, and remember
    them in the order got. All threads start together.

    Returns (items got, distinct items got, items got that were never put, items put
    that nobody got, times a consumer got a producer's items out of order, whether a
    producer ever saw qsize() above maxsize right after its put, threads still running
    when the deadline passed, the exceptions raised in the threads)."""
    queue = BoundedQueue(maxsize)
    total = producers * per_producer
    share = total // consumers
    got = [[] for _ in range(consumers)]
    errors = []
    over = [False]
    start = threading.Barrier(producers + consumers)

    def produce(p):
        try:
            start.wait(2.0)
            for index in range(per_producer):
                queue.put((p, index))
                if queue.qsize() > maxsize:
                    over[0] = True
        except BaseException as error:
            errors.append(type(error).__name__)

    def consume(c):
        try:
            start.wait(2.0)
            mine = got[c]
            for _ in range(share):
                mine.append(queue.get())
        except BaseException as error:
            errors.append(type(error).__name__)

    threads = [_Thread(target=produce, args=(p,), daemon=True) for p in range(producers)]
    threads += [_Thread(target=consume, args=(c,), daemon=True) for c in range(consumers)]
    for thread in threads:
        thread.start()
    end = monotonic() + deadline
    for thread in threads:
        thread.join(max(0.0, end - monotonic()))
    running = sum(1 for thread in threads if thread.is_alive())

    everything = [item for mine in got for item in mine]
    produced = set((p, index) for p in range(producers) for index in range(per_producer))
    distinct = set(everything)
    out_of_order = 0
    for mine in got:
        last = {}
        for item in mine:
            if type(item) is tuple and len(item) == 2:
                if item[1] <= last.get(item[0], -1):
                    out_of_order += 1
                last[item[0]] = item[1]
    return (
        len(everything),
        len(distinct),
        len(distinct - produced),
        len(produced - distinct),
        out_of_order,
        over[0],
        running,
        sorted(set(errors)),
    )


def one_consumer_order(producers, per_producer, maxsize):
    """`producers` threads each put (p, 0), (p, 1), ...; one consumer thread gets every
    item. Returns, for each producer, whether its indexes came out complete and in
    order; the threads still running after a deadline of 3 s; the exceptions raised in
    the threads."""
    queue = BoundedQueue(maxsize)
    seen = [[] for _ in range(producers)]
    errors = []

    def produce(p):
        try:
            for index in range(per_producer):
                queue.put((p, index))
        except BaseException as error:
            errors.append(type(error).__name__)

    def consume():
        try:
            for _ in range(producers * per_producer):
                item = queue.get()
                if type(item) is tuple and len(item) == 2 and item[0] in range(producers):
                    seen[item[0]].append(item[1])
        except BaseException as error:
            errors.append(type(error).__name__)

    threads = [_Thread(target=produce, args=(p,), daemon=True) for p in range(producers)]
    threads.append(_Thread(target=consume, daemon=True))
    end = monotonic() + 3.0
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, end - monotonic()))
    return (
        [seen[p] == list(range(per_producer)) for p in range(producers)],
        sum(1 for thread in threads if thread.is_alive()),
        sorted(set(errors)),
    )


def _put_then_get(queue, item):
    """put(item), then at once get(timeout=0): one thread, with no pause between the two
    calls, so the item is usually taken back before a consumer woken by the put runs."""
    queue.put(item)
    return queue.get(timeout=0)


def stolen_wakeup(rounds=5):
    """A consumer waits in get() on an empty queue. Another thread puts an item and
    takes it back at once with get(timeout=0), usually before the woken consumer runs;
    then the consumer gets to run, then a second item is put. A correct get() notices
    that the queue is empty again, goes on waiting, and gets the second item. Returns,
    for each round, every item got (by either thread, or left over; sorted) and what
    the consumer's get() did."""
    report = []
    end = monotonic() + 3.0
    for index in range(rounds):
        if monotonic() > end:  # rounds that hang: stop before the case's time runs out
            report.append("out of time")
            break
        queue = BoundedQueue(2)
        consumer = _Call(queue.get)
        sleep(0.02)  # let the consumer start waiting
        mine = _Call(_put_then_get, queue, ("first", index)).outcome(1.0)
        if mine == "still running":  # get(timeout=0) waited: no point in more rounds
            report.append(("get(timeout=0) waited", mine))
            break
        sleep(0.02)  # let the woken consumer run
        _Call(_put, queue, ("second", index)).outcome(1.0)
        theirs = consumer.outcome(2.0)
        items = []
        for result in (mine, theirs):
            if result != "still running" and result[0] == "returned":
                items.append(result[1])
        items += _drain(queue)
        report.append((sorted(items, key=repr), theirs[0] if theirs != "still running" else theirs))
    return report
