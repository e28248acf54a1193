"""Abstract worker classes with abc, __slots__, classmethods and class-level registries."""
import abc
import threading
from typing import ClassVar, Dict, List


class Worker(abc.ABC):
    registry: ClassVar[Dict[str, type]] = {}
    _count = 0
    _count_lock = threading.Lock()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        kind = getattr(cls, "kind", None)
        if kind:
            Worker.registry[kind] = cls

    def __init__(self, name):
        self.name = name
        with Worker._count_lock:
            Worker._count += 1
            self.serial = Worker._count

    @abc.abstractmethod
    def process(self, item):
        ...

    @classmethod
    def create(cls, kind, name):
        return cls.registry[kind](name)

    @staticmethod
    def describe_all():
        return sorted(Worker.registry)

    @property
    def label(self):
        return f"{type(self).__name__}({self.name})"

    def __repr__(self):
        return f"<{self.label} #{self.serial}>"

    def __str__(self):
        return self.label


class Upper(Worker):
    kind = "upper"

    def process(self, item):
        return item.upper()


class Reverse(Worker):
    kind = "reverse"

    def process(self, item):
        return item[::-1]


class Counter(Worker):
    kind = "count"

    def process(self, item):
        return len(item)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def main():
    print(Worker.describe_all())
    try:
        Worker("abstract")
    except TypeError as e:
        print("TypeError:", e)
    workers = [Worker.create(kind, f"w{i}") for i, kind in enumerate(["upper", "reverse", "count", "upper"])]
    items = ["alpha", "Бета", "gamma"]
    results: Dict[str, List] = {}
    lock = threading.Lock()

    def run(w):
        out = [w.process(x) for x in items]
        with lock:
            results[w.name] = out

    ts = [threading.Thread(target=run, args=(w,)) for w in workers]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for w in sorted(workers, key=lambda w: w.serial):
        print(repr(w), str(w), results[w.name])
    print(isinstance(workers[0], Worker), issubclass(Counter, abc.ABC), Upper.__mro__[1].__name__)
    print(Upper.create is not None, Worker.create("count", "x").process("four"))

    class Partial(Worker):
        pass

    try:
        Partial("p")
    except TypeError as e:
        print("TypeError:", e)
    p = Point(1, 2)
    print(p, Point.__slots__)
    print(Worker._count, type(Worker.label).__name__)


if __name__ == "__main__":
    main()
