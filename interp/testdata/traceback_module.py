import sys
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bad value")
    inner(n - 1)


def worker():
    try:
        inner(2)
    except ValueError:
        traceback.print_exc()
        traceback.print_exc(file=sys.stdout)
        print(repr(traceback.format_exc()))


print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
worker()

try:
    raise KeyError("k")
except KeyError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception(type(e), e, e.__traceback__))
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(e)
    saved = e


def deeper():
    try:
        try:
            inner(3)
        except ValueError as e:
            print(traceback.format_exc(limit=1), end="")
            print(traceback.format_exc(limit=-2), end="")
            print(traceback.format_exc(limit=0), end="")
            raise RuntimeError("wrapped") from e
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)


deeper()
print(traceback.format_exception(saved))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))


class AppError(Exception):
    pass


try:
    raise AppError("custom", 3)
except Exception:
    print(traceback.format_exc())


def show_stack():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.format_stack()), traceback.format_stack(limit=1))


show_stack()
print(traceback.format_exc())
