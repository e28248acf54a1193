"""Tutorial "Don't lose exceptions in threads": workers catch their errors and
print them with traceback.print_exc(file=sys.stdout), format_exc(),
format_exception_only, TracebackException, exception notes (3.11) and
chained causes; a threading.excepthook that prints to stdout with
traceback.print_exception; sys.exit inside a thread ends only that thread.
"""
import sys
import threading
import traceback


class ParseError(Exception):
    pass


def parse(text):
    return int(text)


def load(record):
    try:
        return parse(record["value"])
    except ValueError as e:
        raise ParseError(f"bad record {record['id']}") from e


lock = threading.Lock()


def worker(record):
    try:
        print(f"{record['id']}: {load(record)}")
    except ParseError:
        with lock:
            print(f"--- worker {threading.current_thread().name} ---")
            traceback.print_exc(file=sys.stdout)


for i, rec in enumerate([{"id": "a", "value": "12"}, {"id": "b", "value": "x1"}]):
    t = threading.Thread(target=worker, args=(rec,), name=f"W{i}")
    t.start()
    t.join()


def lookup():
    data = {"k": 1}
    try:
        return data["missing"]
    except KeyError as e:
        e.add_note("while looking up the config")
        e.add_note("hint: check the spelling")
        raise


try:
    lookup()
except KeyError:
    text = traceback.format_exc()
    print("format_exc last lines:", text.splitlines()[-3:])
    etype, value, tb = sys.exc_info()
    print("only:", traceback.format_exception_only(etype, value))
    te = traceback.TracebackException.from_exception(value)
    print("TracebackException:", te.exc_type.__name__, len(te.stack), te.stack[-1].name, te.stack[-1].line)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("cleanup failed")
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print("context chain:", [l for l in lines if not l.startswith("  ")])


def hook(args):
    print(f"[hook] {args.thread.name}: {args.exc_type.__name__}: {args.exc_value}")
    last = traceback.extract_tb(args.exc_traceback)[-1]
    print(f"       at {last.name}(), line {last.lineno}: {last.line}")
    print("       " + "".join(traceback.format_exception_only(args.exc_type, args.exc_value)), end="")


threading.excepthook = hook


def crash():
    items = [1, 2, 3]
    return items[10]


t = threading.Thread(target=crash, name="crasher")
t.start()
t.join()


def quitter():
    print("quitter: calling sys.exit(3)")
    sys.exit(3)
    print("never")


t = threading.Thread(target=quitter, name="quitter")
t.start()
t.join()
print("main continues after thread sys.exit; alive:", t.is_alive())
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
