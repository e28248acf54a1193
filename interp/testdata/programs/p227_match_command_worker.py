"""Course notes "structural pattern matching meets queues": a worker thread
matches command tuples, dicts and dataclass instances from a queue (class
patterns with positional __match_args__, guards, OR patterns, captures with
as, star patterns, mapping patterns with **rest), feeds results back, and
the main thread finally fails on an unknown command: the traceback goes to
stderr and the exit status is 1 while a non-daemon worker still finishes.
"""
import queue
import threading
from dataclasses import dataclass


@dataclass
class Move:
    x: int
    y: int


@dataclass
class Say:
    text: str
    loud: bool = False


commands: queue.Queue = queue.Queue()
replies: queue.Queue = queue.Queue()


def interpret(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(x, 0) | Move(0, x):
            return f"straight {x}"
        case Move(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Move():
            return f"move {cmd.x},{cmd.y}"
        case Say(text, loud=True):
            return text.upper() + "!"
        case Say(text=str() as t) if len(t) > 10:
            return t[:10] + "…"
        case Say(text):
            return text
        case ("add", int(a), int(b)):
            return a + b
        case ("sum", *nums) if all(isinstance(n, int) for n in nums):
            return sum(nums)
        case ["echo", str() as word, *_]:
            return word
        case {"op": "mul", "args": [a, b], **rest}:
            return f"{a * b} extra={sorted(rest)}"
        case {"op": op}:
            return f"unknown op {op!r}"
        case None:
            return None
        case str() | bytes():
            return f"text {cmd!r}"
        case _:
            raise ValueError(f"cannot interpret {cmd!r}")


def worker():
    while (cmd := commands.get()) is not None:
        try:
            replies.put(("ok", interpret(cmd)))
        except ValueError as e:
            replies.put(("error", str(e)))


t = threading.Thread(target=worker, name="interpreter")
t.start()
inputs = [
    Move(0, 0), Move(5, 0), Move(0, -2), Move(3, 3), Move(1, 2),
    Say("привет"), Say("тише", loud=True), Say("очень длинная фраза"),
    ("add", 2, 40), ("add", 2, "x"), ("sum", 1, 2, 3), ("sum",), ["echo", "эхо", 1, 2],
    {"op": "mul", "args": [6, 7], "z": 1, "a": 2}, {"op": "div"}, "строка", b"bytes", 3.5,
]
for cmd in inputs:
    commands.put(cmd)
    status, value = replies.get()
    print(f"{status:>5} | {value}")

commands.put(None)
t.join()


def strict(cmd):
    match cmd:
        case Move(x, y):
            return x + y
    raise LookupError(f"strict mode: no case for {cmd!r}")


late = threading.Thread(target=lambda: print("late worker done"), name="late")
print("total:", strict(Move(1, 2)))
late.start()
strict(Say("boom"))
print("not reached")
