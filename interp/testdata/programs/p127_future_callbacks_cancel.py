"""Future.add_done_callback, cancel() on queued futures, and callbacks on finished ones."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Future, CancelledError, wait, FIRST_EXCEPTION

events = []
ev_lock = threading.Lock()


def note(msg):
    with ev_lock:
        events.append(msg)


gate = threading.Event()


def blocker(name):
    gate.wait(5)
    return f"{name} done"


def on_done(fut):
    if fut.cancelled():
        note(f"callback: {fut.tag} cancelled")
    elif fut.exception() is not None:
        note(f"callback: {fut.tag} failed with {fut.exception()!r}")
    else:
        note(f"callback: {fut.tag} -> {fut.result()}")


ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
futs = []
for i in range(4):
    f = ex.submit(blocker, f"job{i}")
    f.tag = f"job{i}"
    f.add_done_callback(on_done)
    futs.append(f)
time.sleep(0.05)
print("running first:", futs[0].running(), "cancel first:", futs[0].cancel())
print("cancel third:", futs[2].cancel(), "cancelled:", futs[2].cancelled(), "done:", futs[2].done())
print("cancel third again:", futs[2].cancel())
gate.set()
ex.shutdown(wait=True)
for f in futs:
    try:
        print(f.tag, "=>", f.result(timeout=1))
    except CancelledError as e:
        print(f.tag, "=> CancelledError", repr(e))
print("\n".join(sorted(events)))

# callback added after completion runs immediately in the calling thread
f = Future()
f.tag = "manual"
f.set_result(42)
f.add_done_callback(lambda fu: note(f"late callback in {threading.current_thread().name}: {fu.result()}"))
print(events[-1])

# set_exception on a manual future
h = Future()
print("h state:", h.done(), h.running(), h.set_running_or_notify_cancel(), h.running())
h.set_exception(KeyError("нет ключа"))
print("h exception:", repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print("h raised KeyError:", e)

# wait(return_when=FIRST_EXCEPTION)
def maybe(n):
    time.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"job {n} broke")
    return n * n


with ThreadPoolExecutor(4) as pool:
    fs = {pool.submit(maybe, n): n for n in (1, 2, 20, 30)}
    done, pending = wait(fs, timeout=5, return_when=FIRST_EXCEPTION)
    failed = [fs[f] for f in done if f.exception()]
    print("failed:", failed, "pending contains 8:", 30 in {fs[f] for f in pending})
print("all results:", sorted((fs[f], repr(f.exception()) if f.exception() else f.result()) for f in fs))
