"""Errors in worker threads collected and re-raised in the main thread."""
import sys
import threading
import traceback


class TaskError(Exception):
    def __init__(self, task, cause):
        super().__init__(f"task {task!r} failed: {cause}")
        self.task = task


class PropagatingThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.exc = None
        self.ret = None

    def run(self):
        try:
            if self._target is not None:
                self.ret = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self.exc = e
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        super().join(timeout)
        if self.exc is not None:
            raise TaskError(self.name, self.exc) from self.exc
        return self.ret


def parse_int(s):
    return int(s)


def divide(a, b):
    return a / b


def lookup(d, k):
    return d[k]


def main():
    jobs = [
        ("parse-ok", parse_int, ("42",)),
        ("parse-bad", parse_int, ("4x2",)),
        ("div", divide, (1, 0)),
        ("lookup", lookup, ({"a": 1}, "b")),
        ("fine", divide, (9, 4)),
    ]
    threads = [PropagatingThread(target=f, args=a, name=n) for n, f, a in jobs]
    for t in threads:
        t.start()
    for t in threads:
        try:
            print(f"{t.name}: {t.join()!r}")
        except TaskError as e:
            cause = e.__cause__
            print(f"{t.name}: {e}")
            print(f"   cause={type(cause).__name__} context_is_cause={e.__context__ is cause}")
            print("  ", "".join(traceback.format_exception_only(type(cause), cause)).strip())

    def nested():
        try:
            {}["k"]
        except KeyError as ke:
            raise RuntimeError("while handling") from None

    try:
        nested()
    except RuntimeError as e:
        print("suppressed:", e.__suppress_context__, repr(e.__cause__), type(e.__context__).__name__)

    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("second")
    except ValueError as e:
        print("implicit context:", type(e.__context__).__name__, e.__cause__)

    caught = []

    def hook(args):
        caught.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))

    old = threading.excepthook
    threading.excepthook = hook
    try:
        t = threading.Thread(target=lambda: [][0], name="crasher")
        t.start()
        t.join()
    finally:
        threading.excepthook = old
    print("hook caught:", caught)
    errors = [t.exc for t in threads if t.exc is not None]
    by_type = {}
    for err in errors:
        by_type.setdefault(type(err).__name__, []).append(err)
    for name, errs in sorted(by_type.items()):
        print(f"{name}: {len(errs)}", [str(x) for x in errs], isinstance(errs[0], Exception))
    info = sys.exc_info()
    print("outside handler:", info)


if __name__ == "__main__":
    main()
