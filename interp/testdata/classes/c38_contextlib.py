# contextlib: contextmanager с исключениями внутри, suppress, ExitStack, вложенные with
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing


@contextmanager
def section(name):
    print(f"> вход {name}")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"  {name}: перехвачено деление на ноль ({e})")
    except KeyError:
        print(f"  {name}: KeyError, пробрасываю")
        raise
    else:
        print(f"  {name}: без ошибок")
    finally:
        print(f"< выход {name}")


with section("альфа") as tag:
    print("  внутри", tag)

with section("бета"):
    1 / 0
print("после беты")

try:
    with section("гамма"):
        {}["нет"]
except KeyError as e:
    print("снаружи KeyError:", e)

with section("внешний"), section("внутренний") as inner:
    print("  оба открыты, внутренний =", inner)

with suppress(FileNotFoundError, ValueError):
    int("не число")
    print("не выполнится")
print("suppress отработал")


class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"не открыть {self.name}")
        print(f"  открыт {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  закрыт {self.name}, ошибка: {exc_type.__name__ if exc_type else None}")
        return False

    def close(self):
        print(f"  close() для {self.name}")


with ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in ("один", "два", "три")]
    stack.callback(print, "  callback: всё закрываем")
    print("  открыто:", [f.name for f in files])

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("A"))
        stack.enter_context(Resource("B", fail=True))
except RuntimeError as e:
    print("ошибка открытия:", e)

with ExitStack() as stack:
    stack.enter_context(Resource("сохраняемый"))
    moved = stack.pop_all()
print("стек закрыт, ресурс ещё жив")
moved.close()

with closing(Resource("closing")) as r:
    print("  работа с", r.name)

for use in (True, False):
    cm = section("опц") if use else nullcontext("пусто")
    with cm as value:
        print("  значение:", value)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception:
        log.append("rollback")
        raise


log = []
with transaction(log):
    log.append("insert")
try:
    with transaction(log):
        log.append("update")
        raise ValueError("конфликт")
except ValueError as e:
    log.append(f"ошибка: {e}")
print(log)
