"""Three-stage pipeline with several workers per stage and one sentinel per worker."""
import queue
import threading
from collections import Counter, defaultdict

SENTINEL = object()
TEXT = """Мороз и солнце день чудесный
Ещё ты дремлешь друг прелестный
Пора красавица проснись
Открой сомкнуты негой взоры
Навстречу северной Авроры
Звездою севера явись""".splitlines()


def stage(name, inq, outq, fn, n_workers):
    def loop():
        while True:
            item = inq.get()
            if item is SENTINEL:
                inq.task_done()
                break
            for out in fn(item):
                outq.put(out)
            inq.task_done()

    workers = [threading.Thread(target=loop, name=f"{name}-{i}") for i in range(n_workers)]
    for w in workers:
        w.start()
    return workers


def split_words(line):
    no, text = line
    for pos, w in enumerate(text.split()):
        yield no, pos, w


def normalize(item):
    no, pos, w = item
    w = w.lower().strip(",.")
    if len(w) > 2:
        yield no, pos, w, len(w)


q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
s1 = stage("split", q1, q2, split_words, 2)
s2 = stage("norm", q2, q3, normalize, 3)
for no, line in enumerate(TEXT, 1):
    q1.put((no, line))
for _ in s1:
    q1.put(SENTINEL)
for w in s1:
    w.join()
for _ in s2:
    q2.put(SENTINEL)
for w in s2:
    w.join()
print("queues drained:", q1.empty(), q2.empty(), "q3 size:", q3.qsize())

items = []
while True:
    try:
        items.append(q3.get_nowait())
    except queue.Empty:
        break
items.sort()
by_line = defaultdict(list)
for no, pos, w, n in items:
    by_line[no].append(w)
for no in sorted(by_line):
    print(f"{no}: {' '.join(by_line[no])}")
lengths = Counter(n for *_, n in items)
print("lengths:", sorted(lengths.items()))
first_letters = Counter(w[0] for _, _, w, _ in items)
print("top letters:", sorted(first_letters.most_common(), key=lambda kv: (-kv[1], kv[0]))[:4])
longest = max(items, key=lambda it: (it[3], it[2]))
print("longest:", longest[2], longest[3], "в строке", longest[0])
print(f"{'слово':<12}|{'длина':>6}")
for _, _, w, n in sorted(items, key=lambda it: (-it[3], it[2]))[:5]:
    print(f"{w:<12}|{n:>6}")
print("worker names:", [w.name for w in s1 + s2])
