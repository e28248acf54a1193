# A class's __new__ runs before __init__; super().__new__(cls) makes the
# instance. A thread-safe singleton, as threading tutorials write it.
import threading


class Singleton:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    print("creating the instance")
                    cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=0):
        self.value = value


ids = set()
lock = threading.Lock()


def make(v):
    s = Singleton(v)
    with lock:
        ids.add(id(s))


ts = [threading.Thread(target=make, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ids), Singleton() is Singleton(), Singleton(5).value)


class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        return super().__new__(cls)

    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y


class Point3(Point):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.z = 0


p = Point3(1, 2)
print(type(p).__name__, p.x, p.y, p.z)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotMine())


class AppError(Exception):
    def __new__(cls, *args):
        print("AppError.__new__", args)
        return super().__new__(cls, *args)


try:
    raise AppError("bad", 2)
except AppError as e:
    print("caught", e.args)
try:
    object.__new__(Point, 1)
except TypeError as e:
    print("TypeError:", e)
