"""Python Cookbook, recipe 12.1: starting and stopping threads.

CountdownTask keeps a _running flag that terminate() clears; IOTask
polls a fake socket with a timeout so it can notice termination;
CountdownThread subclasses Thread; and a thread started with
is_alive() polling vs join(). Sleep-free: every step is a handshake.
"""
import threading
import time
from queue import Queue, Empty


class CountdownTask:
    def __init__(self):
        self._running = True
        self.ticks = []
        self.step = threading.Semaphore(0)      # one release per tick
        self.go = threading.Semaphore(0)        # the next tick may come

    def terminate(self):
        self._running = False

    def run(self, n):
        while self._running and n > 0:
            self.ticks.append(f"T-minus {n}")
            n -= 1
            self.step.release()
            self.go.acquire()


c = CountdownTask()
t = threading.Thread(target=c.run, args=(10,))
t.start()
for i in range(3):
    c.step.acquire()
    if i < 2:
        c.go.release()
c.terminate()
c.go.release()
t.join()
print("terminated early:", c.ticks)

c2 = CountdownTask()
c2.go.release(4)
t2 = threading.Thread(target=c2.run, args=(4,), daemon=True)
t2.start()
while t2.is_alive():
    time.sleep(0.001)
print("ran to the end:", c2.ticks, "still running flag:", c2._running)


class FakeSocket:
    def __init__(self, messages):
        self._q = Queue()
        for m in messages:
            self._q.put(m)
        self._timeout = None

    def settimeout(self, secs):
        self._timeout = secs

    def recv(self, n):
        try:
            return self._q.get(timeout=self._timeout)[:n]
        except Empty:
            raise TimeoutError("timed out") from None


class IOTask:
    def __init__(self):
        self._running = True
        self.received = []
        self.timeouts = 0

    def terminate(self):
        self._running = False

    def run(self, sock):
        sock.settimeout(0.005)
        while self._running:
            try:
                data = sock.recv(8192)
                if not data:
                    break
                self.received.append(data)
            except TimeoutError:
                self.timeouts += 1
                continue
        self.received.append(b"<terminated>" if not self._running else b"<eof>")


io_task = IOTask()
sock = FakeSocket([b"GET / HTTP/1.1", b"Host: example.org", b"x" * 10000])
th = threading.Thread(target=io_task.run, args=(sock,))
th.start()
while io_task.timeouts == 0:
    time.sleep(0.001)
io_task.terminate()
th.join()
print([len(d) if len(d) > 20 else d for d in io_task.received])

eof = IOTask()
sock2 = FakeSocket([b"one", b""])
th2 = threading.Thread(target=eof.run, args=(sock2,))
th2.start()
th2.join()
print(eof.received, eof.timeouts)


class CountdownThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"countdown-{n}")
        self.n = n
        self.out = []

    def run(self):
        while self.n > 0:
            self.out.append(self.n)
            self.n -= 1


threads = [CountdownThread(n) for n in (3, 5)]
for ct in threads:
    ct.start()
for ct in threads:
    ct.join()
print([(ct.name, ct.out, ct.n) for ct in threads])
ct = CountdownThread(2)
ct.run()
print("run() by hand:", ct.out, ct.is_alive(), ct.ident)
print(TimeoutError("x").errno, issubclass(TimeoutError, OSError), TimeoutError.__mro__[1].__name__)
