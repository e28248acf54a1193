"""StackOverflow-answer snippets glued together: return values from threads,
stopping a thread, thread-safe counter, timeout on a function call."""
import threading
import time
import itertools
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutTimeout


# "How to get the return value from a thread?" - answer 1: subclass
class ThreadWithReturnValue(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._return = None

    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)

    def join(self, *args):
        threading.Thread.join(self, *args)
        return self._return


def foo(bar):
    return "foo" + bar


twrv = ThreadWithReturnValue(target=foo, args=("world!",))
twrv.start()
print(twrv.join())

# answer 2: a mutable container
result = [None] * 3


def square(i):
    result[i] = i * i


ts = [threading.Thread(target=square, args=(i,)) for i in range(3)]
[t.start() for t in ts]
[t.join() for t in ts]
print(result)


# "Is there any way to kill a Thread?" - the stoppable thread
class StoppableThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super(StoppableThread, self).__init__(*args, **kwargs)
        self._stop_event = threading.Event()
        self.ticks = 0

    def stop(self):
        self._stop_event.set()

    def stopped(self):
        return self._stop_event.is_set()

    def run(self):
        while not self.stopped():
            self.ticks += 1
            self._stop_event.wait(0.01)


st = StoppableThread(daemon=True)
st.start()
time.sleep(0.05)
st.stop()
st.join()
print("stopped:", st.stopped(), "ticked:", st.ticks > 0, "alive:", st.is_alive())


# "Thread-safe counter" - itertools.count under the GIL and a lock version
class FastWriteCounter:
    def __init__(self):
        self._number_of_read = 0
        self._counter = itertools.count()
        self._read_lock = threading.Lock()

    def increment(self):
        next(self._counter)

    def value(self):
        with self._read_lock:
            value = next(self._counter) - self._number_of_read
            self._number_of_read += 1
        return value


c = FastWriteCounter()


def bump():
    for _ in range(1000):
        c.increment()


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", c.value(), c.value())


# "Timeout on a function call"
def slow(n):
    time.sleep(n)
    return n


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(slow, 0.3)
    try:
        print(future.result(timeout=0.05))
    except FutTimeout:
        print("timed out, exception is builtin TimeoutError:", FutTimeout is TimeoutError)
    print("eventually:", future.result())

# "Print from multiple threads without interleaving"
print_lock = threading.Lock()
lines = []


def safe_print(*a):
    with print_lock:
        lines.append(" ".join(map(str, a)))


ts = [threading.Thread(target=safe_print, args=("thread", i, "says", "привет")) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(*sorted(lines), sep="\n")
print("threading.main_thread() is current:", threading.main_thread() is threading.current_thread())
print("get_ident int:", isinstance(threading.get_ident(), int), "native:", isinstance(threading.get_native_id(), int))
