"""A command processor thread fed by a queue, dispatching with match."""
import queue
import threading
from dataclasses import dataclass, field
from enum import Enum, auto


class Kind(Enum):
    ADD = auto()
    REMOVE = auto()
    QUERY = auto()


@dataclass
class Command:
    kind: Kind
    args: tuple = ()
    reply: "queue.Queue | None" = field(default=None, repr=False)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


class Store(threading.Thread):
    def __init__(self):
        super().__init__(name="store", daemon=True)
        self.inbox = queue.Queue()
        self.items = {}
        self.log = []

    def run(self):
        while True:
            msg = self.inbox.get()
            match msg:
                case None:
                    self.log.append("stop")
                    return
                case Command(kind=Kind.ADD, args=(str(key), value)):
                    self.items[key] = value
                    self.log.append(f"add {key}")
                case Command(kind=Kind.REMOVE, args=(key,)) if key in self.items:
                    del self.items[key]
                    self.log.append(f"remove {key}")
                case Command(kind=Kind.REMOVE, args=(key,)):
                    self.log.append(f"missing {key}")
                case Command(kind=Kind.QUERY, reply=q):
                    q.put(dict(self.items))
                case {"op": "bulk", "pairs": [*pairs]}:
                    for k, v in pairs:
                        self.items[k] = v
                    self.log.append(f"bulk {len(pairs)}")
                case Point(x=0, y=0):
                    self.log.append("origin")
                case Point(x=px, y=py) if px == py:
                    self.log.append(f"diagonal {px}")
                case [first, *rest]:
                    self.log.append(f"list {first} +{len(rest)}")
                case str() as s if s.startswith("#"):
                    self.log.append(f"comment {s[1:].strip()}")
                case int(n) | float(n):
                    self.log.append(f"number {n!r}")
                case other:
                    self.log.append(f"unknown {type(other).__name__}")


store = Store()
store.start()
reply = queue.Queue()
for msg in [
    Command(Kind.ADD, ("a", 1)),
    Command(Kind.ADD, ("b", [2, 3])),
    Command(Kind.ADD, (3, "not a str key")),
    Command(Kind.REMOVE, ("a",)),
    Command(Kind.REMOVE, ("zzz",)),
    {"op": "bulk", "pairs": [("c", 3), ("d", 4)]},
    {"op": "bulk"},
    Point(0, 0), Point(2, 2), Point(1, 5),
    [10, 20, 30], ("t",), "# привет", "plain", 7, 2.5, True,
    Command(Kind.QUERY, reply=reply),
]:
    store.inbox.put(msg)
print(reply.get())
store.inbox.put(None)
store.join()
for i, line in enumerate(store.log, 1):
    print(f"{i:02d}. {line}")
print(Command(Kind.ADD, ("k", 0)))
print(Kind.QUERY, Kind.QUERY.value, repr(Kind.ADD))
print(store.is_alive(), store.daemon, store.name)
