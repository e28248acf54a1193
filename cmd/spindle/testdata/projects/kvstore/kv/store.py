import threading


class KeyMissing(KeyError):
    def __str__(self):
        return f"нет ключа {self.args[0]!r}"


class Store:
    """A dict guarded by a lock; readers can wait for a key to appear."""

    def __init__(self):
        self._data = {}
        self._cond = threading.Condition(threading.RLock())
        self.version = 0

    def set(self, key, value):
        with self._cond:
            self._data[key] = value
            self.version += 1
            self._cond.notify_all()

    def get(self, key):
        with self._cond:
            try:
                return self._data[key]
            except KeyError:
                raise KeyMissing(key) from None

    def incr(self, key, by=1):
        with self._cond:  # re-entrant: set() takes the lock again
            self.set(key, int(self._data.get(key, 0)) + by)
            return self._data[key]

    def delete(self, key):
        with self._cond:
            if key not in self._data:
                raise KeyMissing(key)
            del self._data[key]
            self.version += 1

    def wait_for(self, key, timeout=None):
        with self._cond:
            if not self._cond.wait_for(lambda: key in self._data, timeout):
                raise TimeoutError(f"{key} never set")
            return self._data[key]

    def keys(self):
        with self._cond:
            return sorted(self._data)

    def __len__(self):
        return len(self._data)
