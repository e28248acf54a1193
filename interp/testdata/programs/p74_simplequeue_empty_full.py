"""queue.SimpleQueue and Empty/Full with timeouts and non-blocking calls."""
import queue
import threading
import time

sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())
sq.put('a')
sq.put_nowait('b')
sq.put('c', block=False, timeout=3)
print('qsize:', sq.qsize())
print([sq.get(), sq.get_nowait(), sq.get(False)])
try:
    sq.get_nowait()
except queue.Empty:
    print('SimpleQueue empty -> queue.Empty')
start = time.perf_counter()
try:
    sq.get(timeout=0.02)
except queue.Empty as e:
    waited = time.perf_counter() - start
    print('timeout Empty, waited enough:', waited >= 0.015, repr(e))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(hasattr(sq, 'task_done'), hasattr(sq, 'join'), hasattr(sq, 'maxsize'))

results = queue.SimpleQueue()


def producer(n):
    for i in range(n):
        results.put((threading.current_thread().name, i))


ts = [threading.Thread(target=producer, args=(5,), name=f'p{k}') for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = []
while not results.empty():
    got.append(results.get())
print(len(got), sorted(got)[:3], sorted(got)[-1])

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put(2)
print('full:', bq.full())
try:
    bq.put_nowait(3)
except queue.Full:
    print('put_nowait -> Full')
try:
    bq.put(3, timeout=0.01)
except queue.Full as e:
    print('put timeout -> Full', repr(e))
try:
    bq.put(3, timeout=-0.5)
except ValueError as e:
    print('ValueError:', e)
try:
    bq.get(True, -1)
except ValueError as e:
    print('ValueError:', e)


def slow_consumer():
    time.sleep(0.02)
    print('consumer took', bq.get())


t = threading.Thread(target=slow_consumer)
t.start()
bq.put(3, timeout=2)
t.join()
print('now holds', bq.qsize(), 'items')
print([bq.get() for _ in range(bq.qsize())])

empty = queue.Queue()
for block, timeout in [(False, None), (True, 0.01), (False, 5)]:
    try:
        empty.get(block, timeout)
    except queue.Empty:
        print(f'get(block={block}, timeout={timeout}) -> Empty')

deadline_hits = []


def poller(q, name):
    while True:
        try:
            item = q.get(timeout=0.03)
        except queue.Empty:
            deadline_hits.append(name)
            return
        if item == 'stop':
            return


q = queue.Queue()
p1 = threading.Thread(target=poller, args=(q, 'idle'))
p1.start()
p1.join()
p2 = threading.Thread(target=poller, args=(q, 'busy'))
p2.start()
q.put('work')
q.put('stop')
p2.join()
print('deadline hits:', deadline_hits)
