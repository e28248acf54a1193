# struct_time's attribute error names time.struct_time; sys.exit and
# exit/quit take CPython's arguments; a class's __bool__ set to None, or
# failing, raises on every truth test.
import sys
import time

t = time.localtime()
try:
    t.nope
except AttributeError as e:
    print(e)
print(getattr(t, "nope", "default"), hasattr(t, "tm_year"), hasattr(t, "nope"))

for args, kw in [((1, 2), {}), ((), {"code": 1}), ((1, 2, 3), {}), (("bye",), {})]:
    try:
        sys.exit(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
for f in (exit, quit):
    for args, kw in [((1, 2), {}), ((), {"code": 3}), ((4,), {}), ((), {})]:
        try:
            f(*args, **kw)
        except TypeError as e:
            print("TypeError:", e)
        except SystemExit as e:
            print("SystemExit", e.code, e.args)


class NoBool:
    __bool__ = None


for name, test in [("bool", lambda: bool(NoBool())), ("if", lambda: 1 if NoBool() else 0),
                   ("not", lambda: not NoBool()), ("and", lambda: NoBool() and 1)]:
    try:
        test()
        print(name, "passed")
    except TypeError as e:
        print(name, "TypeError:", e)


class Raises:
    def __bool__(self):
        raise ValueError("no truth")


try:
    while Raises():
        pass
except ValueError as e:
    print("while ValueError:", e)


class NotBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class Empty:
    def __len__(self):
        return 0


class Restored(NoBool):
    def __bool__(self):
        return False


for make in (NotBool, NegLen):
    try:
        bool(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(bool(Empty()), "yes" if Empty() else "no", [x for x in [1] if Empty()], bool(Restored()))
