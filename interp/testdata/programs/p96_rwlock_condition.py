"""A readers-writer lock built from a Condition, with writer preference; an audit log checks the invariants."""
import threading
import time


class RWLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0

    def acquire_read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._waiting_writers == 0)
            self._readers += 1

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._waiting_writers += 1
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._waiting_writers -= 1
            self._writer = True

    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()

    def state(self):
        with self._cond:
            return self._readers, self._writer


class Reading:
    def __init__(self, rw):
        self.rw = rw

    def __enter__(self):
        self.rw.acquire_read()

    def __exit__(self, et, ev, tb):
        self.rw.release_read()


class Writing(Reading):
    def __enter__(self):
        self.rw.acquire_write()

    def __exit__(self, et, ev, tb):
        self.rw.release_write()


rw = RWLock()
config = {'version': 0, 'items': []}
violations = []
audit = threading.Lock()
max_readers = 0
reads = []


def reader(n):
    global max_readers
    for _ in range(5):
        with Reading(rw):
            readers, writer = rw.state()
            with audit:
                max_readers = max(max_readers, readers)
                if writer:
                    violations.append(('reader saw writer', n))
                v = config['version']
                if len(config['items']) != v:
                    violations.append(('torn read', n))
                reads.append(v)
            time.sleep(0.002)


def writer(n):
    for _ in range(3):
        with Writing(rw):
            readers, _ = rw.state()
            if readers:
                violations.append(('writer saw readers', n))
            config['version'] += 1
            time.sleep(0.001)
            config['items'].append(f'w{n}')
        time.sleep(0.003)


threads = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
threads += [threading.Thread(target=writer, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print('final version:', config['version'])
print('items by writer:', {w: config['items'].count(w) for w in sorted(set(config['items']))})
print('reads:', len(reads), 'monotonic per reader? all in range:', all(0 <= v <= 6 for v in reads))
print('violations:', violations)
print('several readers at once:', max_readers >= 1)
print('state at end:', rw.state())

with Writing(rw):
    print('write held, state:', rw.state())
    ok = []
    t = threading.Thread(target=lambda: ok.append(rw._cond.wait_for(lambda: False, timeout=0.01) if rw._cond.acquire() else None) or rw._cond.release())
    t.start()
    t.join()
    print('wait_for with timeout returned:', ok)
print('after:', rw.state())
