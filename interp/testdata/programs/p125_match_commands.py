"""Worker threads dispatching commands with match statements."""
import queue
import threading
from dataclasses import dataclass, field


@dataclass
class Put:
    key: str
    value: object


@dataclass
class Get:
    key: str
    reply: queue.Queue = field(repr=False)


@dataclass
class Incr:
    key: str
    by: int = 1


store = {}
log = []
log_lock = threading.Lock()


def record(msg):
    with log_lock:
        log.append(msg)


def server(inbox):
    while True:
        cmd = inbox.get()
        match cmd:
            case None:
                record("stop")
                break
            case Put(key=k, value=v) if isinstance(v, int) and v < 0:
                record(f"reject negative {k}={v}")
            case Put(key, value):
                store[key] = value
                record(f"put {key}")
            case Get(key=k, reply=r):
                r.put(store.get(k, "<missing>"))
            case Incr(k, by):
                store[k] = store.get(k, 0) + by
            case ("batch", [*items]):
                for it in items:
                    inbox.put(it)
                record(f"batch of {len(items)}")
            case {"op": "del", "key": str() as k}:
                store.pop(k, None)
                record(f"del {k}")
            case str() as text if text.startswith("#"):
                record(f"comment {text[1:].strip()!r}")
            case _:
                record(f"unknown {cmd!r}")
        inbox.task_done()
    inbox.task_done()


Put.__match_args__ = ("key", "value")
Incr.__match_args__ = ("key", "by")
inbox = queue.Queue()
t = threading.Thread(target=server, args=(inbox,), name="server")
t.start()
inbox.put(Put("a", 1))
inbox.put(Put("b", -5))
inbox.put(("batch", [Incr("a"), Incr("a", 10), Put("c", "три")]))
inbox.put({"op": "del", "key": "zzz"})
inbox.put("# привет")
inbox.put(3.5)
inbox.join()
reply = queue.Queue()
for k in ("a", "c", "b"):
    inbox.put(Get(k, reply))
    print(f"get {k!r} ->", reply.get(timeout=1))
inbox.put(None)
t.join()
print("\n".join(log))
print("store:", dict(sorted(store.items())))
print(Put("x", 2), Incr("y"), Get("z", reply))


def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0):
            return f"axis {y}"
        case (x, y) if x == y:
            return "diagonal"
        case [x, y, *rest]:
            return f"{len(rest)} extra"
        case _:
            return "other"


results = {}
rl = threading.Lock()


def worker(pts):
    for p in pts:
        r = classify(p)
        with rl:
            results[p] = r


pts = [(0, 0), (0, 4), (5, 0), (2, 2), (1, 2, 3, 4), (1, 2), "xy"]
ws = [threading.Thread(target=worker, args=(pts[i::2],)) for i in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
for p in pts:
    print(f"{p!s:>14} => {results[p]}")
