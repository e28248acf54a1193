# The match statement: every kind of pattern, guards, bindings, and
# CPython's errors.
import threading
from collections import namedtuple, deque
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


Pair = namedtuple("Pair", "left right")


class Box:
    __match_args__ = ("content", "size")

    def __init__(self, content, size=1):
        self.content = content
        self.size = size


def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small int"
        case True:
            return "never: 1 matched"
        case -1:
            return "minus one"
        case 3.5:
            return "three and a half"
        case "да" | "yes":
            return "agreement"
        case b"raw":
            return "bytes"
        case None:
            return "nothing"
        case Color.RED:
            return "red"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point at x={px}"
        case Pair(l, r):
            return f"pair {l}/{r}"
        case Box(Box(inner)):
            return f"box in box: {inner}"
        case Box(c, size=s) if s > 1:
            return f"big box of {c}"
        case Box():
            return "some box"
        case []:
            return "empty sequence"
        case [x]:
            return f"one: {x}"
        case [first, *_, last] if isinstance(v, tuple):
            return f"tuple {first}..{last}"
        case [int(a), int(b)] | [str(a), str(b)]:
            return f"two alike: {a}, {b}"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s!r}"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case float(f):
            return f"float {f}"
        case _:
            return f"other {type(v).__name__}"


values = [0, 2, True, -1, 3.5, "да", "yes", b"raw", None, Color.RED, Color.GREEN,
          Point(0, 0), Point(3, 3), Point(1, 2), Pair("л", "п"), Box(Box("ключ")), Box("книги", size=3),
          Box("x"), [], (), [7], (1, 2, 3), [1, 2], ["a", "b"], [1, "b"], deque([5, 6, 7]), range(3),
          {"type": "user", "name": "Иван", "age": 30}, {"type": "admin"}, {"k": 1}, "строка",
          500, 2.25, 99, {1, 2}]
for v in values:
    print(type(v).__name__, repr(v)[:40] if type(v).__name__ != "Box" else "", "->", classify(v))


def command(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case _:
            return "empty"


for line in ["go north", "go up", "take меч щит", "take", "quit", "", "dance now"]:
    print(repr(line), "->", command(line))

# Names bound by a case stay bound after it, even when the guard fails.
match (1, 2):
    case (a, b) if a > b:
        print("unreachable")
    case _:
        print("a and b:", a, b)

# match in a loop with break and continue, and in threads.
results = []
lock = threading.Lock()


def worker(items):
    for it in items:
        match it:
            case {"stop": True}:
                break
            case {"skip": True}:
                continue
            case {"value": int(n)}:
                with lock:
                    results.append(n)


threads = [threading.Thread(target=worker, args=([{"value": i}, {"skip": True}, {"value": i * 10}, {"stop": True}, {"value": -1}],)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

# Errors raised while matching.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


for subject, case in [(5, "int(1, 2)"), (NoArgs(), "NoArgs(1)"), (BadArgs(), "BadArgs(1)"), (5, "len()")]:
    src = f"match subject:\n    case {case}:\n        pass\n"
    try:
        exec(src)
    except TypeError as e:
        print("TypeError:", e)
for src in ["match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case [a] | [b]:\n        pass\n",
            "match x:\n    case [*a, *b]:\n        pass\n"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
match = {"match": 1}
case = [match]
print(match["match"], case)
