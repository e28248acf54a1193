import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4, 1]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)

data = [19, 3, 44, 7, 21, 8, 1, 15, 30, 2, 11, 5, 27, 16]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, 0), data)
print(heappushpop(data, 12), data)
print(heappushpop([], 4))
one = [1]
print(heappop(one), one)

# tuples: priority queue
tasks = []
heappush(tasks, (2, "write code"))
heappush(tasks, (1, "write spec"))
heappush(tasks, (3, "release"))
heappush(tasks, (1, "create tests"))
print(tasks)
while tasks:
    print(heappop(tasks))

words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print(nlargest(3, words), nsmallest(3, words))
print(nlargest(3, words, key=len), nsmallest(3, words, key=len))
print(nlargest(0, words), nsmallest(-2, words), nlargest(10, [3, 1, 2]))
print(nlargest(1, [4, 9, 2]), nsmallest(1, [4, 9, 2]), nlargest(2, []))
print(nsmallest(2, {"a": 3, "b": 1, "c": 2}), nlargest(2, (x * x for x in range(-5, 3))))
pts = [(1, "a"), (3, "b"), (3, "c"), (2, "d"), (3, "e")]
print(nlargest(2, pts, key=lambda p: p[0]), nsmallest(4, pts, key=lambda p: -p[0]))
h = [3.5, 1, 2.25, True, 0]
heapify(h)
print(h)
for i in range(20):
    heappush(h, (i * 7) % 11)
print(h, [heappop(h) for _ in range(5)])
try:
    heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)
