"""A readers-writer lock built from Condition, behind a typing.Protocol."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator, Protocol, runtime_checkable


@runtime_checkable
class SupportsReadWrite(Protocol):
    def read_locked(self) -> "contextmanager": ...
    def write_locked(self) -> "contextmanager": ...


class RWLock:
    """Many readers or one writer; writers are preferred once waiting."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0

    @contextmanager
    def read_locked(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._waiting_writers == 0)
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextmanager
    def write_locked(self) -> Iterator[None]:
        with self._cond:
            self._waiting_writers += 1
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._waiting_writers -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()

    def __repr__(self) -> str:
        return (f"RWLock(readers={self._readers}, writer={self._writer}, "
                f"waiting_writers={self._waiting_writers})")


class Catalog:
    def __init__(self, lock: SupportsReadWrite) -> None:
        self.lock = lock
        self.items: dict[str, int] = {}
        self.reads = 0

    def get(self, key: str) -> int | None:
        with self.lock.read_locked():
            self.reads += 1
            return self.items.get(key)

    def put(self, key: str, value: int) -> None:
        with self.lock.write_locked():
            old = self.items.get(key, 0)
            self.items[key] = old + value


lock = RWLock()
print(isinstance(lock, SupportsReadWrite), isinstance(object(), SupportsReadWrite))
cat = Catalog(lock)
all_in = threading.Barrier(6)


def reader(keys: list[str], out: list) -> None:
    all_in.wait()
    for k in keys * 20:
        out.append((k, cat.get(k)))


def writer(key: str, n: int) -> None:
    all_in.wait()
    for _ in range(n):
        cat.put(key, 1)


outs: list[list] = [[] for _ in range(3)]
threads = [threading.Thread(target=reader, args=(["a", "b"], outs[i])) for i in range(3)]
threads += [threading.Thread(target=writer, args=(k, 50)) for k in ("a", "b", "a")]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(cat.items, cat.reads)
print(repr(lock))
ok = all(v is None or 0 < v <= 100 for out in outs for _, v in out)
print("reads consistent:", ok, "lengths:", [len(o) for o in outs])
monotonic = all(
    [v or 0 for k2, v in out if k2 == k] == sorted(v or 0 for k2, v in out if k2 == k)
    for out in outs for k in "ab")
print("values never go back:", monotonic)
print(lock.max_readers >= 1, SupportsReadWrite.__name__, RWLock.read_locked.__doc__)
