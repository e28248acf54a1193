"""A three-stage pipeline (parse -> enrich -> store) with several workers per stage and sentinels."""
import collections
import queue
import threading

Record = collections.namedtuple('Record', 'id name score')
Enriched = collections.namedtuple('Enriched', Record._fields + ('grade',))

SENTINEL = object()
RAW = [
    '1,Анна,91', '2,Борис,78', '3,bad line', '4,Вера,65', '5,Глеб,abc',
    '6,Дарья,88', '7,Егор,54', '8,Жанна,100', '9,Зоя,73', '10,Игорь,81',
]


def grade(score):
    for bound, letter in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if score >= bound:
            return letter
    return 'F'


class Stage:
    def __init__(self, name, func, inbox, outbox, workers):
        self.name = name
        self.func = func
        self.inbox = inbox
        self.outbox = outbox
        self.errors = []
        self.done = collections.Counter()
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self.loop, name=f'{name}-{i}') for i in range(workers)
        ]

    def loop(self):
        for item in iter(self.inbox.get, SENTINEL):
            try:
                result = self.func(item)
            except (ValueError, TypeError) as exc:
                with self.lock:
                    self.errors.append((type(exc).__name__, str(exc)))
            else:
                if result is not None and self.outbox is not None:
                    self.outbox.put(result)
                with self.lock:
                    self.done[threading.current_thread().name.split('-')[0]] += 1

    def start(self):
        for t in self.threads:
            t.start()

    def finish(self):
        for _ in self.threads:
            self.inbox.put(SENTINEL)
        for t in self.threads:
            t.join()


def parse(line):
    ident, name, score = line.split(',')
    return Record(int(ident), name, int(score))


def enrich(rec):
    return Enriched(*rec, grade=grade(rec.score))


store = {}
store_lock = threading.Lock()


def save(rec):
    with store_lock:
        if rec.id in store:
            raise TypeError(f'duplicate id {rec.id}')
        store[rec.id] = rec


q1, q2, q3 = queue.Queue(), queue.Queue(maxsize=3), queue.Queue(maxsize=2)
stages = [
    Stage('parse', parse, q1, q2, 3),
    Stage('enrich', enrich, q2, q3, 2),
    Stage('store', save, q3, None, 1),
]
for st in stages:
    st.start()
for line in RAW:
    q1.put(line)
for st in stages:
    st.finish()
    print(f'{st.name:>7}: done={sum(st.done.values())} errors={len(st.errors)}')

for name, msg in sorted(stages[0].errors):
    print('  parse error:', name, '-', msg)

print(f"{'id':>3} {'name':<6} {'score':>5} grade")
for rid in sorted(store):
    r = store[rid]
    print(f'{r.id:>3} {r.name:<6} {r.score:>5} {r.grade}')

by_grade = collections.defaultdict(list)
for r in store.values():
    by_grade[r.grade].append(r.name)
for g in sorted(by_grade):
    print(g, ', '.join(sorted(by_grade[g])))
print('mean score:', round(sum(r.score for r in store.values()) / len(store), 2))
print('queues empty:', all(q.empty() for q in (q1, q2, q3)))
print('record repr:', store[1])
print('asdict:', dict(store[8]._asdict()))
