"""Course notes "diagnostics in threads": warnings.warn from worker
threads (shown once per location by the default filter, recorded with
catch_warnings in the main thread), traceback.format_exc() inside a
worker, exceptions chained with `raise ... from` collected through a
queue and re-raised in main, and traceback.print_exception to stdout.
"""
import queue
import sys
import threading
import traceback
import warnings

errors = queue.Queue()


def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"bad record {text!r}") from exc


def worker(records):
    for rec in records:
        try:
            parse(rec)
        except RuntimeError as exc:
            tb = traceback.format_exc()
            errors.put((threading.current_thread().name, exc, tb))


threads = [threading.Thread(target=worker, args=(recs,), name=f"parser-{i}")
           for i, recs in enumerate([["1", "x"], ["2", "3"], ["y"]])]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = []
while not errors.empty():
    collected.append(errors.get_nowait())
collected.sort(key=lambda item: item[0])
for name, exc, tb in collected:
    lines = tb.strip().splitlines()
    print(name, "|", exc, "| cause:", repr(exc.__cause__), "| suppress:", exc.__suppress_context__)
    print("   first:", lines[0])
    print("   last: ", lines[-1])
    print("   direct-cause line present:",
          "The above exception was the direct cause of the following exception:" in tb)

name, exc, _ = collected[0]
try:
    raise exc
except RuntimeError as again:
    print("re-raised in main:", again is exc, type(again.__cause__).__name__)
    print("".join(traceback.format_exception_only(type(again), again)).strip())
traceback.print_exception(ValueError("shown on stdout"), file=sys.stdout)
print(traceback.format_exception_only(KeyError("k"))[0].strip())


def noisy(n):
    warnings.warn(f"deprecated call #{n}", DeprecationWarning, stacklevel=2)
    return n


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ws = [threading.Thread(target=noisy, args=(n,)) for n in range(3)]
    for w in ws:
        w.start()
        w.join()
print("caught from threads:", sorted(str(w.message) for w in caught),
      {w.category.__name__ for w in caught})

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    failed = []

    def strict():
        try:
            warnings.warn("turned into an error")
        except UserWarning as exc:
            failed.append(repr(exc))

    s = threading.Thread(target=strict)
    s.start()
    s.join()
    print("filter 'error' applies in threads:", failed)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        t = threading.Thread(target=warnings.warn, args=("same place",))
        t.start()
        t.join()
print("default filter, same location:", len(caught), [str(w.message) for w in caught][:1])
print("category check:", issubclass(DeprecationWarning, Warning), warnings.filters[0][0] != "error")
