# Контекстные менеджеры: __enter__/__exit__, подавление исключений, contextlib
from contextlib import contextmanager, suppress, ExitStack


class Timer:
    def __init__(self, name):
        self.name = name
        self.entered = False

    def __enter__(self):
        self.entered = True
        print(f"начало: {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"конец: {self.name}, ошибка={exc_type.__name__ if exc_type else None}")
        return False


class Suppressor:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self.caught

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return None


class Transaction:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        self.snapshot = dict(self.db)
        return self.db

    def __exit__(self, et, ev, tb):
        if et:
            self.db.clear()
            self.db.update(self.snapshot)
            print("  откат:", ev)
        else:
            print("  фиксация")


with Timer("загрузка") as t:
    print("внутри", t.entered)

with Suppressor(ZeroDivisionError, KeyError) as log:
    1 / 0
with Suppressor(KeyError) as log2:
    {}["ключ"]
print(log, log2)

try:
    with Timer("опасно"):
        raise ValueError("плохо")
except ValueError as e:
    print("снаружи поймали:", e)

db = {"баланс": 100}
with Transaction(db) as d:
    d["баланс"] += 50
try:
    with Transaction(db) as d:
        d["баланс"] -= 500
        if d["баланс"] < 0:
            raise RuntimeError("минус на счёте")
except RuntimeError:
    pass
print(db)


@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("б") as up:
    print(up, end="")
with tag("i"), tag("u"):
    print("текст", end="")

with suppress(FileNotFoundError, IndexError):
    [][0]
print("после suppress")

with ExitStack() as stack:
    timers = [stack.enter_context(Timer(f"т{i}")) for i in range(3)]
    stack.callback(print, "колбэк ExitStack")
    print(len(timers))

s = Suppressor(TypeError)
with s:
    len(5)
with s:
    "а" + 1
print(s.caught)
try:
    with Suppressor(TypeError):
        raise KeyError("не подавлено")
except KeyError as e:
    print("KeyError", e)
