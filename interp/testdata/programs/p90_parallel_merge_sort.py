"""Course exercise: parallel merge sort with threads up to a depth, checked against sorted()."""
import heapq
import random
import threading
from concurrent.futures import ThreadPoolExecutor

random.seed(2024)


def merge(left, right):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


spawned = []
slock = threading.Lock()


def merge_sort(xs, depth=0, max_depth=2):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    if depth < max_depth:
        result = {}

        def sort_half(key, part):
            result[key] = merge_sort(part, depth + 1, max_depth)

        t = threading.Thread(target=sort_half, args=('left', xs[:mid]))
        with slock:
            spawned.append(depth)
        t.start()
        sort_half('right', xs[mid:])
        t.join()
        return merge(result['left'], result['right'])
    return merge(merge_sort(xs[:mid], depth + 1, max_depth), merge_sort(xs[mid:], depth + 1, max_depth))


data = [random.randint(-1000, 1000) for _ in range(500)]
out = merge_sort(data)
print('sorted correctly:', out == sorted(data), 'len:', len(out))
print('threads spawned per depth:', sorted(spawned))
print('first/last:', out[:3], out[-3:])

chunks = [sorted(data[i:i + 100]) for i in range(0, len(data), 100)]
with ThreadPoolExecutor(max_workers=3) as ex:
    sorted_chunks = list(ex.map(sorted, [data[i:i + 100] for i in range(0, len(data), 100)]))
print('pool chunks match:', sorted_chunks == chunks)
print('heapq.merge:', list(heapq.merge(*sorted_chunks)) == sorted(data))
print('nsmallest:', heapq.nsmallest(3, data), 'nlargest:', heapq.nlargest(2, data))

words = ['ёж', 'Яблоко', 'арбуз', 'Бобр', 'вишня']
with ThreadPoolExecutor() as ex:
    f1 = ex.submit(sorted, words)
    f2 = ex.submit(sorted, words, key=str.lower)
    f3 = ex.submit(sorted, words, key=len, reverse=True)
print(f1.result())
print(f2.result())
print(f3.result())

records = [{'name': n, 'score': s} for n, s in zip('abcdef', [5, 3, 5, 1, 3, 5])]
stable = sorted(records, key=lambda r: r['score'])
print([r['name'] for r in stable])
print([r['name'] for r in sorted(records, key=lambda r: (-r['score'], r['name']))])
random.shuffle(words)
print(len(words), sorted(words) == sorted(['ёж', 'Яблоко', 'арбуз', 'Бобр', 'вишня']))
print(random.sample(range(100), 3), random.choice('абв'), round(random.uniform(1, 2), 3))
