# abc: an ABC with @abstractmethods can't be instantiated until a subclass
# overrides them all; concrete tasks run in threads.
import threading
from abc import ABC, abstractmethod


class Task(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def execute(self):
        """Do the work."""

    @abstractmethod
    def describe(self):
        ...

    def run(self, results, lock):
        value = self.execute()
        with lock:
            results.append(f"{self.describe()} -> {value}")


class Square(Task):
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n

    def execute(self):
        return self.n * self.n

    def describe(self):
        return f"{self.name}({self.n})"


class Half(Task):
    def execute(self):
        return 0.5


for cls in (Task, Half):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)

results, lock = [], threading.Lock()
tasks = [Square(f"sq{i}", i) for i in range(3)]
threads = [threading.Thread(target=t.run, args=(results, lock)) for t in tasks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(isinstance(tasks[0], Task), isinstance(tasks[0], ABC), issubclass(Square, ABC), Square.__mro__[-2:] if False else "")
