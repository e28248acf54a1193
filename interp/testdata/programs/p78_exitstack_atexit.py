"""contextlib.ExitStack managing locks and resources for workers; atexit handlers."""
import atexit
import contextlib
import threading


class Resource:
    opened = []
    lock = threading.Lock()

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        with Resource.lock:
            Resource.opened.append(f'open {self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        with Resource.lock:
            Resource.opened.append(f'close {self.name}' + (f' ({exc_type.__name__})' if exc_type else ''))
        return False


locks = [threading.Lock() for _ in range(3)]


def use_all(names, fail=False):
    with contextlib.ExitStack() as stack:
        for lock in locks:
            stack.enter_context(lock)
        res = [stack.enter_context(Resource(n)) for n in names]
        stack.callback(Resource.opened.append, 'callback ran')
        if fail:
            raise KeyError('boom')
        return [r.name for r in res]


print(use_all(['db', 'cache']))
print(Resource.opened)
Resource.opened.clear()
try:
    use_all(['файл'], fail=True)
except KeyError as e:
    print('KeyError:', e)
print(Resource.opened)
print('locks free:', [l.locked() for l in locks])
Resource.opened.clear()

results = []


def worker(i):
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource(f'r{i}'))
        results.append(use_all([f'inner{i}']))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print(sorted(Resource.opened))

with contextlib.ExitStack() as stack:
    stack.callback(print, 'cleanup 1')
    stack.push(lambda *exc: print('push saw', exc[0]))
    moved = stack.pop_all()
print('after with; moved stack not yet closed')
moved.close()

with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed')

lock = threading.Lock()
with contextlib.nullcontext(lock) as l:
    print('nullcontext gives', type(l).__name__, l.locked())


def goodbye(name, adjective):
    print(f'Goodbye {name}, it was {adjective} to meet you.')


atexit.register(goodbye, 'Donny', 'nice')
atexit.register(goodbye, adjective='nice', name='Donny')


@atexit.register
def final():
    print('final handler runs first (LIFO)')


def unregistered():
    print('never printed')


atexit.register(unregistered)
atexit.unregister(unregistered)
t = threading.Thread(target=lambda: atexit.register(print, 'registered from a thread'))
t.start()
t.join()
print('main body done')
