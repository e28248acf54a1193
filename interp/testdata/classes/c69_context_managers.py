# Менеджеры контекста: __exit__ возвращает True, подавление, ExitStack, вложенные with, ошибки в __enter__
import contextlib


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, self.kinds):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return None


with Suppress(ZeroDivisionError, KeyError) as s:
    1 / 0
with s:
    {}["ключ"]
with s:
    print("без ошибок")
try:
    with s:
        int("сорок")
except ValueError as e:
    print("наружу:", e)
print(s.caught)


class Resource:
    log = []

    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"{self.name}: не открылся")
        Resource.log.append(f"+{self.name}")
        return self.name.upper()

    def __exit__(self, *exc):
        Resource.log.append(f"-{self.name}" + (f"({exc[0].__name__})" if exc[0] else ""))
        return False


with Resource("файл") as a, Resource("сокет") as b:
    print(a, b)
try:
    with Resource("база"), Resource("кэш", fail_enter=True), Resource("лог"):
        print("сюда не дойдём")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with Resource("внешний"):
        with Resource("внутренний"):
            raise LookupError("нет записи")
except LookupError as e:
    print("LookupError:", e)
print(" ".join(Resource.log))

with contextlib.suppress(FileNotFoundError, IndexError):
    [][0]
print("suppress ok")

Resource.log.clear()
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Resource(n)) for n in ("один", "два", "три")]
    stack.callback(lambda: Resource.log.append("callback"))
    print(names)
print(Resource.log)


@contextlib.contextmanager
def section(title):
    print(f"┌ {title}")
    try:
        yield len(title)
    except ArithmeticError as e:
        print(f"│ поймано внутри: {e!r}")
    finally:
        print(f"└ {title}")


with section("Отчёт") as n:
    print(f"│ длина заголовка {n}")
with section("Деление"):
    print(10 // 0)
try:
    with section("Ключ"):
        {}["нет"]
except KeyError as e:
    print("KeyError снаружи:", e)


class Timer:
    def __enter__(self):
        self.ticks = 0
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit получил:", exc_type, type(exc).__name__, tb is not None)


with Timer() as t:
    t.ticks += 1
try:
    with Timer():
        raise ValueError("x")
except ValueError:
    print("ValueError прошёл, __exit__ вернул None")
