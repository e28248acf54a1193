"""Python Cookbook, recipe 12.10: defining an actor task.

An actor is a thread with a mailbox (a queue.Queue). send() puts a
message, recv() takes one; close() sends ActorExit, which recv() raises
so that run() unwinds. TaggedActor dispatches ('tag', payload) tuples
to do_tag methods, and a ResultActor hands back Result objects whose
result() blocks on an Event.
"""
from queue import Queue
from threading import Thread, Event
import threading


class ActorExit(Exception):
    pass


class Actor:
    def __init__(self):
        self._mailbox = Queue()

    def send(self, msg):
        self._mailbox.put(msg)

    def recv(self):
        msg = self._mailbox.get()
        if msg is ActorExit:
            raise ActorExit()
        return msg

    def close(self):
        self.send(ActorExit)

    def start(self):
        self._terminated = Event()
        self._thread = Thread(target=self._bootstrap, name=type(self).__name__)
        self._thread.daemon = True
        self._thread.start()

    def _bootstrap(self):
        try:
            self.run()
        except ActorExit:
            pass
        finally:
            self._terminated.set()

    def join(self):
        self._terminated.wait()

    def run(self):
        while True:
            msg = self.recv()


class PrintActor(Actor):
    def __init__(self):
        super().__init__()
        self.lines = []

    def run(self):
        while True:
            msg = self.recv()
            self.lines.append(f"Got: {msg!r} in {threading.current_thread().name}")


class TaggedActor(Actor):
    def __init__(self):
        super().__init__()
        self.log = []

    def run(self):
        while True:
            tag, *payload = self.recv()
            getattr(self, "do_" + tag)(*payload)

    def do_A(self, x):
        self.log.append(("A", x))

    def do_B(self, x, y):
        self.log.append(("B", x, y, x + y))


class Result:
    def __init__(self):
        self._evt = Event()
        self._result = None

    def set_result(self, value):
        self._result = value
        self._evt.set()

    def result(self):
        self._evt.wait()
        return self._result


class Worker(Actor):
    def submit(self, func, *args, **kwargs):
        r = Result()
        self.send((func, args, kwargs, r))
        return r

    def run(self):
        while True:
            func, args, kwargs, r = self.recv()
            try:
                r.set_result(func(*args, **kwargs))
            except Exception as exc:
                r.set_result(f"{type(exc).__name__}: {exc}")


p = PrintActor()
p.start()
p.send("Hello")
p.send("World")
p.send({"k": [1, 2]})
p.close()
p.join()
print("\n".join(p.lines))

a = TaggedActor()
a.start()
a.send(("A", 1))
a.send(("B", 2, 3))
a.send(("B", "x", "y"))
a.close()
a.join()
print(a.log)

bad = TaggedActor()
bad.start()
bad.send(("C", 0))          # no do_C: AttributeError ends the actor thread
bad._thread.join()
print("bad actor terminated:", bad._terminated.is_set(), bad._thread.is_alive())

worker = Worker()
worker.start()
r1 = worker.submit(pow, 2, 10)
r2 = worker.submit(sorted, [3, 1, 2], reverse=True)
r3 = worker.submit(int, "zz", base=10)
r4 = worker.submit("-".join, ["a", "b", "c"])
print(r1.result(), r2.result(), r3.result(), r4.result())
worker.close()
worker.join()
print("alive threads:", sorted(t.name for t in threading.enumerate()))
