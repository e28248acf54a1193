"""Fluent Python, ch. 19: spinner_thread.py.

The spinner cycles over '\\|/-' with itertools.cycle until an Event is
set, overwriting its status line with '\\r'. Output goes to a StringIO
whose frames are checked, so the count of frames does not matter; the
slow function finishes after the spinner drew a fixed number of them.
"""
import io
import itertools
import threading
import time

frames_drawn = threading.Semaphore(0)


def spin(msg: str, done: threading.Event, out) -> None:
    for char in itertools.cycle(r"\|/-"):
        status = f"\r{char} {msg}"
        print(status, end="", flush=True, file=out)
        frames_drawn.release()
        if done.wait(0.002):
            break
    blanks = " " * len(status)
    print(f"\r{blanks}\r", end="", file=out)


def slow() -> int:
    for _ in range(6):               # at least six frames, however slow
        frames_drawn.acquire()
    return 42


def supervisor(out) -> int:
    done = threading.Event()
    spinner = threading.Thread(target=spin, args=("thinking!", done, out))
    print(f"spinner object: {type(spinner).__name__} alive={spinner.is_alive()}")
    spinner.start()
    result = slow()
    done.set()
    spinner.join()
    return result


out = io.StringIO()
result = supervisor(out)
print(f"Answer: {result}")
text = out.getvalue()
frames = text.split("\r")
print("first chars:", [f[0] for f in frames[1:7]])
print("frame texts:", sorted(set(f for f in frames if f.strip())))
print("ends blank:", frames[-2].strip() == "", repr(frames[-1]))
print("cycle is endless:", list(itertools.islice(itertools.cycle("ab"), 5)))

# Same idea with a class and __annotations__, from the book's later edition
class Spinner:
    chars: str = "◐◓◑◒"

    def __init__(self, label: str) -> None:
        self.label = label
        self.done = threading.Event()
        self.shown: list[str] = []

    def __enter__(self):
        self.thread = threading.Thread(target=self._run, name="Спиннер")
        self.thread.start()
        return self

    def _run(self) -> None:
        for i, ch in enumerate(itertools.cycle(self.chars)):
            if i < 8:
                self.shown.append(f"{ch} {self.label}")
            if i >= 8 and self.done.wait(0.001):
                break

    def __exit__(self, *exc) -> bool:
        self.done.set()
        self.thread.join()
        return False


with Spinner("загрузка") as sp:
    total = sum(i * i for i in range(10_000))
print(total, sp.thread.name, sp.thread.is_alive())
print(sp.shown[:5])
print(Spinner.__annotations__)
print(supervisor.__annotations__, spin.__annotations__["done"].__name__)
