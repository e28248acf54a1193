"""Thread object edge cases from a course quiz: run() called directly,
start() twice, join() before start(), join(timeout) then is_alive(),
target= as a bound method, a lambda and functools.partial, args and
kwargs, names, daemon flags, main_thread() and TIMEOUT_MAX.
"""
import functools
import threading

log = []
log_lock = threading.Lock()


def note(*parts):
    with log_lock:
        log.append(" ".join(str(p) for p in parts))


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, who, punct="!"):
        note(f"{self.greeting}, {who}{punct}", "in", threading.current_thread().name)


g = Greeter("Hello")
t = threading.Thread(target=g.greet, args=("world",), kwargs={"punct": "?"}, name="bound")
t.run()                        # runs in the calling thread, no new thread
print("after run(): alive", t.is_alive(), "ident", t.ident)
print(log.pop())
hooked = []
threading.excepthook = lambda args: hooked.append((args.thread.name, repr(args.exc_value)))
t.start()                      # run() already dropped the target: it fails
t.join()
threading.excepthook = threading.__excepthook__
print("start after run():", hooked, log)
t2 = threading.Thread(target=g.greet, args=("again",), name="bound2")
t2.start()
t2.join()
print(log.pop())
try:
    t2.run()
except AttributeError as exc:
    print("run() after the thread ran:", exc)
try:
    t.start()
except RuntimeError as exc:
    print("start twice:", exc)

fresh = threading.Thread(target=lambda: None)
try:
    fresh.join()
except RuntimeError as exc:
    print("join before start:", exc)
try:
    fresh.join(0.1)
except RuntimeError as exc:
    print("join(0.1) before start:", exc)
try:
    threading.current_thread().join()
except RuntimeError as exc:
    print("join self:", exc)

gate = threading.Event()
slow = threading.Thread(target=gate.wait, name="slow")
slow.start()
print("join(timeout) returns:", slow.join(timeout=0.01), "alive:", slow.is_alive())
gate.set()
slow.join()
print("after set:", slow.is_alive())

lam = threading.Thread(target=lambda a, b=2: note("lambda", a + b), args=(40,), name="λ")
part = threading.Thread(target=functools.partial(note, "partial", 1), args=(2,), kwargs={})
meth = threading.Thread(target="{}-{}".format, args=(1, 2))
for th in (lam, part, meth):
    th.start()
    th.join()
print(sorted(log))

print("main:", threading.main_thread().name, threading.current_thread() is threading.main_thread())
inside = []
th = threading.Thread(target=lambda: inside.append(
    (threading.current_thread() is threading.main_thread(), threading.main_thread().name)))
th.start()
th.join()
print("inside thread:", inside)
print("TIMEOUT_MAX:", type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 10**9)
try:
    threading.Event().wait(threading.TIMEOUT_MAX * 2)
except OverflowError as exc:
    print("OverflowError:", exc)

d = threading.Thread(target=print, daemon=True)
print("daemon flags:", d.daemon, d.isDaemon(), threading.Thread(target=print).daemon)
d.name = "renamed"
print("name:", d.getName(), d.name)
try:
    th.daemon = True
except RuntimeError as exc:
    print("set daemon after start:", exc)
try:
    threading.Thread(target=print, name=None, args=5)
    threading.Thread(target=print, args=5).start()
except TypeError as exc:
    print("TypeError:", exc)
import re
print(re.sub(r"\d+", "N", repr(threading.Thread(target=print, name="x"))))
print(re.sub(r" \d+", " N", repr(th)))
print(re.sub(r"\d+", "N", threading.Thread().name))
bad = threading.Thread(target=print, kwargs=None, args=None)
print("None args ok:", bad._args, bad._kwargs)
