# queue_throughput: 2 producers and 2 consumers pass N items through a Queue.
import queue
import threading

N = 200000
PRODUCERS = 2
CONSUMERS = 2
q = queue.Queue()
totals = []


def produce(k):
    for i in range(N // PRODUCERS):
        q.put(i)


def consume():
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    totals.append(total)


producers = [threading.Thread(target=produce, args=(k,)) for k in range(PRODUCERS)]
consumers = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print("sum", sum(totals))
