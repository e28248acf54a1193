# A raise statement is marked as CPython 3.11 marks it: the whole
# statement, so carets show only when it shares its line with other
# code (def f(): raise E, if c: raise E, a trailing comment), never for
# a bare raise or a raise alone on its line(s).
import threading
import traceback


def show(f):
    try:
        f()
    except BaseException:
        lines = traceback.format_exc().splitlines()
        print("\n".join(line for line in lines[3:] if not line.startswith("  File")))


def one_line(): raise ValueError("one line")


def alone():
    raise KeyError("alone")


def commented():
    raise KeyError("k")  # a trailing comment


def chained():
    try:
        {}["x"]
    except KeyError as e: raise RuntimeError("wrapped") from e


def multi():
    raise ValueError(
        "on two lines")


def guarded(flag=True):
    if flag: raise (TypeError("parenthesized"))


def bare():
    try:
        1 / 0
    except ZeroDivisionError: raise


def name_only(): raise StopIteration


def then_more():
    raise LookupError("first"); print("never")


def in_lambda():
    (lambda: [].pop())()


for f in (one_line, alone, commented, chained, multi, guarded, bare, name_only, then_more, in_lambda):
    print(f"--- {f.__name__}")
    show(f)

caught = []
threading.excepthook = lambda args: caught.append(
    traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)[-2:])
t = threading.Thread(target=one_line)
t.start()
t.join()
print("--- in a thread")
print("".join(caught[0]), end="")
