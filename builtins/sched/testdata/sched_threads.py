import sched
import threading
import time

# a fake clock makes the schedule deterministic: delayfunc advances it
clock = [100.0]
log = []


def now():
    return clock[0]


def delay(seconds):
    log.append(("delay", seconds))
    clock[0] += seconds


def job(name, when=None):
    log.append((name, now(), when))


s = sched.scheduler(now, delay)
print(type(s).__name__, s.empty(), s.queue)
e1 = s.enter(5, 1, job, ("five",))
e2 = s.enter(2, 2, job, argument=("two-low",))
e3 = s.enter(2, 1, job, ("two-high",), {"when": "soon"})
e4 = s.enterabs(103.5, 1, job, kwargs={"name": "abs"})
e5 = s.enter(10, 1, job, ("cancelled",))
print(e1._replace(action="job"))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, e3.action is job)
print([ev.argument for ev in s.queue])
s.cancel(e5)
print(s.empty(), len(s.queue))
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError:", e)
print(s.run(blocking=False))
s.run()
for entry in log:
    print(entry)
print(s.empty(), clock[0])

# events entered from other threads while nothing runs
s2 = sched.scheduler(now, delay)
lock = threading.Lock()


def producer(i):
    with lock:
        s2.enter(i, 0, job, ("from thread %d" % i,))


threads = [threading.Thread(target=producer, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.clear()
print(sorted(ev.argument[0] for ev in s2.queue))
s2.run()
print([entry[0] for entry in log if entry[0] != "delay"])

# a real-time scheduler run in a thread, with the default clock
real = sched.scheduler(time.monotonic, time.sleep)
out = []
base = time.monotonic()
real.enterabs(base + 0.02, 1, out.append, ("second",))
real.enterabs(base + 0.01, 1, out.append, ("first",))
real.enterabs(base + 0.01, 0, out.append, ("first, higher priority",))
worker = threading.Thread(target=real.run)
worker.start()
worker.join()
print(out, real.empty())
default = sched.scheduler()
print(default.timefunc is time.monotonic, default.delayfunc is time.sleep)

# attributes a script sets live in the scheduler's __dict__
sc = sched.scheduler(time.monotonic, time.sleep)
sc.tag = "jobs"
print(sc.tag, vars(sc).get("tag"))
del sc.tag
try:
    del sc.tag
except AttributeError as e:
    print(e)
