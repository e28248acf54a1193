"""Generators consumed by threads: a locked iterator wrapper and a pipeline."""
import queue
import threading


class LockedIterator:
    """Classic recipe: make a generator safe to share between threads."""

    def __init__(self, it):
        self._it = iter(it)
        self._lock = threading.Lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            return next(self._it)


def numbers(limit):
    for i in range(limit):
        yield i


def squares(source):
    for n in source:
        yield n * n


shared = LockedIterator(squares(numbers(200)))
totals = {}
tlock = threading.Lock()


def consume(name):
    total = 0
    count = 0
    for value in shared:
        total += value
        count += 1
    with tlock:
        totals[name] = (total, count)


ts = [threading.Thread(target=consume, args=(f'c{i}',)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('sum of squares:', sum(t for t, _ in totals.values()), 'items:', sum(c for _, c in totals.values()))
print('expected:', sum(i * i for i in range(200)))

SENTINEL = object()


def stage(inq, outq, fn):
    while True:
        item = inq.get()
        if item is SENTINEL:
            outq.put(SENTINEL)
            break
        outq.put(fn(item))


def lines():
    text = 'Мороз и солнце; день чудесный!\nЕще ты дремлешь, друг прелестный\nПора, красавица, проснись'
    yield from text.splitlines()


q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
workers = [threading.Thread(target=stage, args=(q1, q2, str.split)),
           threading.Thread(target=stage, args=(q2, q3, len))]
for w in workers:
    w.start()
for line in lines():
    q1.put(line)
q1.put(SENTINEL)
out = []
while (item := q3.get()) is not SENTINEL:
    out.append(item)
for w in workers:
    w.join()
print('words per line:', out)

gen = numbers(3)
errors = []


def double_next():
    try:
        next(gen)
    except ValueError as e:
        errors.append(str(e))


print(next(gen))


def running_gen():
    yield threading.current_thread().name
    yield 'second'


g = running_gen()
result = []
t = threading.Thread(target=lambda: result.append(next(g)), name='gen-thread')
t.start()
t.join()
result.append(next(g))
print(result)
try:
    next(g)
except StopIteration:
    print('exhausted')


def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received:
                n = received
            else:
                n -= 1
    finally:
        result.append('closed')


c = countdown(5)
print(next(c), c.send(2), next(c))
c.close()
print(result[-1])

q = queue.Queue()


def gen_producer():
    yield from (f'item-{i}' for i in range(3))


def feeder():
    for item in gen_producer():
        q.put(item)
    q.put(None)


threading.Thread(target=feeder).start()
print(list(iter(q.get, None)))
