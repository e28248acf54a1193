"""A three-stage text pipeline connected by queues, with namedtuples and Counter."""
import collections
import queue
import threading

Record = collections.namedtuple("Record", ["line_no", "text"])
Stats = collections.namedtuple("Stats", "words chars", defaults=[0])
DONE = None

TEXT = """the quick brown fox
jumps over the lazy dog
the dog sleeps
a fox runs"""


def reader(out_q):
    for i, line in enumerate(TEXT.splitlines(), 1):
        out_q.put(Record(i, line))
    out_q.put(DONE)


def tokenizer(in_q, out_q):
    while (rec := in_q.get()) is not DONE:
        out_q.put((rec.line_no, rec.text.split()))
    out_q.put(DONE)


def counter(in_q, result):
    words = collections.Counter()
    per_line = collections.OrderedDict()
    while True:
        item = in_q.get()
        if item is DONE:
            break
        line_no, tokens = item
        words.update(tokens)
        per_line[line_no] = Stats(len(tokens), sum(map(len, tokens)))
    result["words"] = words
    result["per_line"] = per_line


def main():
    q1, q2 = queue.Queue(), queue.Queue(maxsize=1)
    result = {}
    stages = [
        threading.Thread(target=reader, args=(q1,), name="reader"),
        threading.Thread(target=tokenizer, args=(q1, q2), name="tokenizer"),
        threading.Thread(target=counter, args=(q2, result), name="counter"),
    ]
    for s in stages:
        s.start()
    for s in stages:
        s.join()
    words = result["words"]
    print(words.most_common(3))
    print(sum(words.values()), len(words), words["fox"], words["cat"])
    for k, v in result["per_line"].items():
        print(k, v, v._asdict())
    print(Stats(3), Stats._fields, Stats(1, 2)._replace(chars=9))
    dq = collections.deque(maxlen=3)
    for w in TEXT.split():
        dq.append(w)
    print(dq, dq.maxlen)
    dd = collections.defaultdict(set)
    for w in TEXT.split():
        dd[w[0]].add(w)
    print(sorted((k, sorted(v)) for k, v in dd.items() if len(v) > 1))
    c2 = collections.Counter("abracadabra")
    print(c2 - collections.Counter("aab"), (c2 & collections.Counter("rrr")))


if __name__ == "__main__":
    main()
