"""LifoQueue: a stack of work for a parallel depth-first walk of a fake file tree; Full and Empty."""
import queue
import threading

TREE = {
    '/': ['etc', 'home', 'var'],
    '/etc': ['hosts', 'passwd'],
    '/home': ['anna', 'boris'],
    '/home/anna': ['notes.txt', 'фото.jpg'],
    '/home/boris': [],
    '/var': ['log'],
    '/var/log': ['syslog', 'auth.log'],
}
SIZES = {'hosts': 120, 'passwd': 2048, 'notes.txt': 512, 'фото.jpg': 40960, 'syslog': 8192, 'auth.log': 1024}


def join(parent, name):
    return parent.rstrip('/') + '/' + name


stack = queue.LifoQueue()
files = {}
dirs = []
lock = threading.Lock()


def walker():
    while True:
        path = stack.get()
        try:
            if path is None:
                return
            if path in TREE:
                with lock:
                    dirs.append(path)
                for child in TREE[path]:
                    stack.put(join(path, child))
            else:
                name = path.rsplit('/', 1)[1]
                with lock:
                    files[path] = SIZES[name]
        finally:
            stack.task_done()


stack.put('/')
workers = [threading.Thread(target=walker, name=f'walker-{i}') for i in range(3)]
for w in workers:
    w.start()
stack.join()
for _ in workers:
    stack.put(None)
for w in workers:
    w.join()

print('dirs:', sorted(dirs))
for path in sorted(files, key=lambda p: (-files[p], p)):
    print(f'{files[path]:>7,} {path}')
print('total bytes:', f'{sum(files.values()):_}')
print('largest:', max(files, key=files.get))

# single-threaded: LIFO order is visible
s = queue.LifoQueue(maxsize=3)
for x in 'abc':
    s.put_nowait(x)
try:
    s.put_nowait('d')
except queue.Full:
    print('full at', s.qsize(), 'full():', s.full())
try:
    s.put('d', timeout=0.01)
except queue.Full as exc:
    print('timed put raised', type(exc).__name__, repr(str(exc)))
print('popped:', [s.get_nowait() for _ in range(3)])
try:
    s.get(block=False)
except queue.Empty:
    print('empty:', s.empty())

# undo stack shared by threads: each pushes, main pops all
undo = queue.LifoQueue()
barrier = threading.Barrier(3)


def edit(n):
    barrier.wait()
    for i in range(3):
        undo.put((n, i))


ts = [threading.Thread(target=edit, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
popped = []
while not undo.empty():
    popped.append(undo.get())
per_thread = {n: [i for m, i in popped if m == n] for n in range(3)}
print('each thread undone newest-first:', per_thread)
print('isinstance LifoQueue of Queue:', isinstance(undo, queue.Queue), type(undo).__mro__[1].__name__)
