"""StackOverflow's "catch a thread's exception in the caller thread": a
PropagatingThread that stores the exception its target raised and raises
it again from join(), so the caller's traceback shows the join, the run
and the target's frames; also `raise ... from` across threads, and the
same done with concurrent.futures for comparison.
"""
import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor


class PropagatingThread(threading.Thread):
    def run(self):
        self.exc = None
        try:
            self.ret = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self.exc = e

    def join(self, timeout=None):
        super().join(timeout)
        if self.exc:
            raise self.exc
        return self.ret


def parse_config(text):
    key, value = text.split("=")
    return {key.strip(): int(value)}


def show(label):
    lines = traceback.format_exc().replace(__file__, "p232.py").splitlines()
    print(f"--- {label}")
    for line in lines:
        if not line.strip().startswith(("~", "^")):
            print(line)


t = PropagatingThread(target=parse_config, args=("port = 8080",))
t.start()
print("result:", t.join())

t = PropagatingThread(target=parse_config, args=("port = eighty",), name="parser")
t.start()
try:
    t.join()
except ValueError:
    show("re-raised from join")


class ConfigError(Exception):
    pass


def load_all(texts):
    threads = [PropagatingThread(target=parse_config, args=(s,)) for s in texts]
    for th in threads:
        th.start()
    merged = {}
    for th, s in zip(threads, texts):
        try:
            merged.update(th.join())
        except ValueError as e:
            raise ConfigError(f"bad line {s!r}") from e
    return merged


try:
    load_all(["a = 1", "b = 2", "c"])
except ConfigError as e:
    show("chained with from")
    print("cause:", repr(e.__cause__))

saved = None


def remember():
    global saved
    try:
        {}["missing"]
    except KeyError as e:
        saved = e


w = threading.Thread(target=remember)
w.start()
w.join()


def rethrow():
    raise saved


try:
    rethrow()
except KeyError:
    show("raise of a saved exception")

with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(parse_config, "x = y")
    exc = fut.exception()
    print("future exception:", type(exc).__name__, exc)
    frames = traceback.extract_tb(exc.__traceback__)
    print("worker frames end with:", [f.name for f in frames][-1:])
print("done", file=sys.stdout)
