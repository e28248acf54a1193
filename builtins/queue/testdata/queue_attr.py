# q.queue is a deque for Queue and a list for LifoQueue and PriorityQueue.
import queue

q = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    q.put(x)
    lifo.put(x)
    prio.put(x)
print(q.queue, lifo.queue, prio.queue)
print(list(q.queue), len(q.queue), 1 in q.queue, q.queue[0])
q.get()
print(q.queue)
