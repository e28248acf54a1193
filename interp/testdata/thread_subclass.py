# Thread subclasses: overriding run, returning a result, naming
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = sum(self.numbers)


class Named(threading.Thread):
    def __init__(self, label):
        threading.Thread.__init__(self)
        self.name = f"named-{label}"

    def run(self):
        print("running as", threading.current_thread().name)


class ReturningThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._return = None

    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)

    def join(self, *args):
        threading.Thread.join(self, *args)
        return self._return


workers = [Summer(range(i * 10)) for i in range(1, 4)]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers], [w.is_alive() for w in workers])

n = Named("a")
print(repr(n).split(",")[0], n.daemon)
n.start()
n.join()

r = ReturningThread(target=lambda a, b: a * b, args=(6, 7))
r.start()
print("returned:", r.join())
print(isinstance(r, threading.Thread), type(r).__name__)


class Daemon(threading.Thread):
    def run(self):
        pass


d = Daemon(daemon=True)
print(d.daemon, d.name)
d.start()
d.join()
