"""Python Cookbook, recipe 12.12: using generators as an alternative
to threads. A round-robin TaskScheduler over a deque, an actor
scheduler where generators receive messages with send(), and a
comparison run with real threads that produce the same totals.
"""
from collections import deque
import threading


def countdown(n, out):
    while n > 0:
        out.append(f"T-minus {n}")
        yield
        n -= 1
    out.append("Blastoff!")


def countup(n, out):
    x = 0
    while x < n:
        out.append(f"Counting up {x}")
        yield
        x += 1


class TaskScheduler:
    def __init__(self):
        self._task_queue = deque()

    def new_task(self, task):
        self._task_queue.append(task)

    def run(self):
        steps = 0
        while self._task_queue:
            task = self._task_queue.popleft()
            try:
                next(task)
                steps += 1
                self._task_queue.append(task)
            except StopIteration:
                pass
        return steps


out = []
sched = TaskScheduler()
sched.new_task(countdown(3, out))
sched.new_task(countdown(2, out))
sched.new_task(countup(4, out))
print("steps:", sched.run())
print(" | ".join(out))


class ActorScheduler:
    def __init__(self):
        self._actors = {}
        self._msg_queue = deque()

    def new_actor(self, name, actor):
        self._msg_queue.append((actor, None))
        self._actors[name] = actor

    def send(self, name, msg):
        actor = self._actors.get(name)
        if actor:
            self._msg_queue.append((actor, msg))

    def run(self):
        while self._msg_queue:
            actor, msg = self._msg_queue.popleft()
            try:
                actor.send(msg)
            except StopIteration:
                pass


log = []


def printer():
    while True:
        msg = yield
        log.append(f"Got: {msg}")


def counter(sched):
    while True:
        n = yield
        if n == 0:
            break
        sched.send("printer", n)
        sched.send("counter", n - 1)


sched = ActorScheduler()
sched.new_actor("printer", printer())
sched.new_actor("counter", counter(sched))
sched.send("counter", 5)
sched.run()
print(log)

# A generator can not be advanced from two threads at once
def slow():
    started.set()
    proceed.wait()
    yield 1


started, proceed = threading.Event(), threading.Event()
gen = slow()
errors = []


def advance():
    try:
        next(gen)
    except ValueError as exc:
        errors.append(str(exc))


t = threading.Thread(target=advance)
t.start()
started.wait()
advance()                      # the other thread is inside the generator
proceed.set()
t.join()
print("second next():", errors)
print("gen state:", gen.gi_running, gen.gi_frame is not None)
gen.close()
print("after close:", gen.gi_frame)

# The same countdown with threads: the interleaving differs, totals do not
thread_out = []
lock = threading.Lock()


def drive(g):
    for _ in g:
        pass


class Locked(list):
    def append(self, item):
        with lock:
            super().append(item)


shared = Locked()
threads = [threading.Thread(target=drive, args=(g,)) for g in
           (countdown(3, shared), countdown(2, shared), countup(4, shared))]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(shared) == sorted(out), len(shared))
