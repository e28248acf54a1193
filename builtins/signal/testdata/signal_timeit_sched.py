import signal, sys, threading, timeit, sched, time

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

def handler(signum, frame):
    print("got signal", signum, signal.Signals(signum).name, type(frame).__name__)
    raise KeyboardInterrupt("из обработчика")

show("getsignal", lambda: signal.getsignal(signal.SIGINT))
show("default_int", lambda: signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGINT, handler)
show("old", lambda: old is signal.default_int_handler)
show("get new", lambda: signal.getsignal(signal.SIGINT) is handler)
show("Signals", lambda: signal.Signals(2))
show("Signals bad", lambda: signal.Signals(999))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("caught", repr(e))
prev = signal.signal(signal.SIGINT, signal.SIG_IGN)
show("prev", lambda: prev is handler)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("default caught", repr(e))
show("bad handler", lambda: signal.signal(signal.SIGINT, 5))
show("bad sig", lambda: signal.signal(9999, handler))
show("sigkill", lambda: signal.signal(signal.SIGKILL, handler))
def in_thread():
    try:
        signal.signal(signal.SIGINT, handler)
    except Exception as e:
        print("thread:", type(e).__name__, e)
t = threading.Thread(target=in_thread); t.start(); t.join()
show("strsignal", lambda: signal.strsignal(signal.SIGINT))
show("valid", lambda: signal.NSIG)
signal.signal(signal.SIGTERM, lambda s, f: print("term", s))
signal.raise_signal(signal.SIGTERM)
print("after term")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("direct default", repr(e))

show("timeit", lambda: type(timeit.timeit("x = 1", number=1000)).__name__)
show("timeit stmt callable", lambda: timeit.timeit(lambda: sum(range(10)), number=10) >= 0)
show("timeit globals", lambda: timeit.timeit("f()", globals={"f": lambda: 1}, number=3) >= 0)
show("timeit setup", lambda: timeit.timeit("y = x * 2", setup="x = 5", number=5) >= 0)
show("repeat", lambda: len(timeit.repeat("x=1", number=10, repeat=3)))
show("default_timer", lambda: timeit.default_timer is time.perf_counter)
tm = timeit.Timer("sorted(xs)", setup="xs = list(range(100))")
show("Timer.timeit", lambda: tm.timeit(number=10) >= 0)
show("autorange", lambda: tm.autorange()[0] > 0)
show("Timer bad", lambda: timeit.Timer("x = ("))
show("Timer repeat", lambda: len(tm.repeat(repeat=2, number=5)))
show("timeit NameError", lambda: timeit.timeit("undefined_name", number=1))
show("Timer callable setup", lambda: timeit.Timer(stmt=lambda: None, setup=lambda: None).timeit(3) >= 0)

s = sched.scheduler(time.monotonic, time.sleep)
log = []
def act(name):
    log.append(name)
e1 = s.enter(0.02, 1, act, ("b",))
e2 = s.enter(0.01, 1, act, argument=("a",))
e3 = s.enter(0.01, 2, act, kwargs={"name": "a2"})
e4 = s.enter(0.03, 1, act, ("cancelled",))
s.cancel(e4)
show("queue len", lambda: len(s.queue))
show("empty", lambda: s.empty())
show("event fields", lambda: (e1.priority, e1.action is act, e1.argument, e1.kwargs))
show("event type", lambda: type(e1).__name__)
show("cancel again", lambda: s.cancel(e4))
s.run()
print(log, s.empty())
t0 = time.time()
s2 = sched.scheduler(time.time, time.sleep)
s2.enterabs(t0 + 0.01, 1, act, ("abs",))
def runner():
    s2.run()
th = threading.Thread(target=runner); th.start(); th.join()
print(log)
s3 = sched.scheduler()
ev = s3.enter(10, 1, act, ("late",))
show("nonblocking", lambda: s3.run(blocking=False) > 0)
s3.cancel(ev)
show("empty3", lambda: s3.empty())
show("event lt", lambda: e2 < e1)
def boom():
    raise ValueError("бум")
s4 = sched.scheduler()
s4.enter(0, 1, boom)
s4.enter(0, 2, act, ("after boom",))
show("raise", lambda: s4.run())
s4.run()
print(log)
