"""contextlib.contextmanager around locks: timeouts, nested ExitStack, suppress, nullcontext and a lock hierarchy."""
import contextlib
import threading
import time


class LockTimeout(Exception):
    pass


@contextlib.contextmanager
def acquire_timeout(lock, timeout, name='lock'):
    ok = lock.acquire(timeout=timeout)
    if not ok:
        raise LockTimeout(f'could not get {name} in {timeout}s')
    try:
        yield lock
    finally:
        lock.release()


@contextlib.contextmanager
def traced(name, log):
    log.append(f'enter {name}')
    try:
        yield name.upper()
    except ZeroDivisionError as exc:
        log.append(f'{name} swallowed {type(exc).__name__}')
    else:
        log.append(f'{name} clean')
    finally:
        log.append(f'exit {name}')


log = []
lock = threading.Lock()
with acquire_timeout(lock, 0.1, 'main-lock') as got:
    print('held:', got is lock, lock.locked())
print('released:', lock.locked())

holder_ready = threading.Event()
release_holder = threading.Event()


def holder():
    with lock:
        holder_ready.set()
        release_holder.wait(5)


h = threading.Thread(target=holder)
h.start()
holder_ready.wait()
try:
    with acquire_timeout(lock, 0.02, 'busy-lock'):
        print('never here')
except LockTimeout as exc:
    print('timeout:', exc)
release_holder.set()
h.join()

with traced('outer', log) as o:
    with traced('inner', log) as i:
        print('values:', o, i)
        1 / 0
    log.append('after inner')
print('\n'.join(log))

locks = {name: threading.RLock() for name in ('accounts', 'audit', 'cache')}
order = ['accounts', 'audit', 'cache']


def take_all(names):
    with contextlib.ExitStack() as stack:
        for name in sorted(names, key=order.index):
            stack.enter_context(locks[name])
        stack.callback(print, 'callbacks run LIFO: 2')
        stack.callback(print, 'callbacks run LIFO: 1')
        return [n for n in order if locks[n]._is_owned()]


print('took:', take_all(['cache', 'accounts']))
print('all free:', not any(l._is_owned() for l in locks.values()))

with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with contextlib.nullcontext('value') as v:
    print('nullcontext gives', v)
maybe_lock = None
with maybe_lock or contextlib.nullcontext():
    print('optional lock skipped')

counter = 0


@contextlib.contextmanager
def counted():
    global counter
    counter += 1
    yield counter


def work():
    for _ in range(50):
        with acquire_timeout(lock, 1):
            with counted():
                pass


ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter:', counter)


@contextlib.contextmanager
def broken():
    yield
    yield


try:
    with broken():
        pass
except RuntimeError as exc:
    print('broken generator:', exc)

cm = acquire_timeout(lock, 1)
print('cm type has enter/exit:', hasattr(cm, '__enter__'), hasattr(cm, '__exit__'))
start = time.monotonic()
with cm:
    pass
print('reuse as decorator-free cm fine, elapsed small:', time.monotonic() - start < 1)
