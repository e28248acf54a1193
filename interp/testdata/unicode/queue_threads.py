# Worker threads index the Cyrillic strs they take from a queue.
import queue
import threading

q = queue.Queue()
out = []
lock = threading.Lock()


def worker():
    while True:
        word = q.get()
        if word is None:
            break
        with lock:
            out.append((word, word[0], word[-1], word[1:3], len(word)))


threads = [threading.Thread(target=worker, name=f"Работник-{i}") for i in range(3)]
for t in threads:
    t.start()
for w in "один два три четыре пять шесть семь".split():
    q.put(w)
for t in threads:
    q.put(None)
for t in threads:
    t.join()
for r in sorted(out):
    print(r)
print(sorted(t.name[-1] for t in threads))
