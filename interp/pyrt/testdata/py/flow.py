# try, raise and with statements: the helpers of flow*.go.
import threading


class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value, tb is not None)
        return self.suppress


with Manager("a") as v:
    print("body", v)
with Manager("b", suppress=True):
    raise KeyError("ключ")
try:
    with Manager("c"), Manager("d"):
        raise ValueError("inner")
except ValueError as e:
    print("caught", e)


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


try:
    with BadExit():
        raise ValueError("first")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))

lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())


def finally_wins():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop ended"


print(finally_wins())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)

try:
    pass
except ValueError:
    print("no")
else:
    print("else")
finally:
    print("finally")

try:
    assert 1 > 2, "один больше двух"
except AssertionError as e:
    print("assert", e)
