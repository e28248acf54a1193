"""Parallel sort of chunks by threads, then a k-way merge (heapq.merge and by hand)."""
import heapq
import random
import threading
from collections import namedtuple

Chunk = namedtuple("Chunk", "index data")
rng = random.Random(2024)
data = [rng.randint(-500, 500) for _ in range(97)]
K = 4
size = -(-len(data) // K)
chunks = [Chunk(i, data[i * size:(i + 1) * size]) for i in range(K)]
print("chunk sizes:", [len(c.data) for c in chunks])
print("first chunk:", chunks[0]._replace(data=chunks[0].data[:5]))

sorted_chunks = [None] * K
barrier = threading.Barrier(K + 1)


def sorter(chunk):
    sorted_chunks[chunk.index] = sorted(chunk.data)
    barrier.wait()


for c in chunks:
    threading.Thread(target=sorter, args=(c,)).start()
idx = barrier.wait()
print("main barrier index in range:", 0 <= idx <= K)
for i, s in enumerate(sorted_chunks):
    print(f"chunk {i}: min={s[0]:>4} max={s[-1]:>4} len={len(s)}")

merged = list(heapq.merge(*sorted_chunks))
print("heapq.merge ok:", merged == sorted(data))


def kway(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        val, i, j = heapq.heappop(heap)
        out.append(val)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out


print("kway ok:", kway(sorted_chunks) == merged)


# pairwise merge tree, each merge in its own thread
def merge2(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:]); out.extend(b[j:])
    return out


level = list(sorted_chunks)
rounds = 0
while len(level) > 1:
    nxt = [None] * ((len(level) + 1) // 2)

    def job(k, a, b):
        nxt[k] = merge2(a, b)

    ts = []
    for k in range(0, len(level) - 1, 2):
        t = threading.Thread(target=job, args=(k // 2, level[k], level[k + 1]))
        ts.append(t)
        t.start()
    if len(level) % 2:
        nxt[-1] = level[-1]
    for t in ts:
        t.join()
    rounds += 1
    print(f"round {rounds}: {len(level)} -> {len(nxt)} lists, sizes {[len(x) for x in nxt]}")
    level = nxt
print("tree merge ok:", level[0] == merged)
print("median:", merged[len(merged) // 2], "sum:", sum(merged))
print("descending top 5:", heapq.nlargest(5, data), "via merge reverse:",
      list(heapq.merge(*[s[::-1] for s in sorted_chunks], reverse=True))[:5])
print("by abs:", sorted(data, key=abs)[:6])
