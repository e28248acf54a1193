# In CPython 3.11 a new thread starts with an empty context: it does not
# inherit the values its creator set. ctx.run passes a context on.
import threading
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar, copy_context

var = ContextVar('var', default='default')
var.set('main')
seen = {}

def worker(name):
    seen[name] = var.get()
    var.set(name)
    seen[name + '-after'] = var.get()

t = threading.Thread(target=worker, args=('plain',))
t.start()
t.join()
print(seen, var.get())

ctx = copy_context()
t = threading.Thread(target=ctx.run, args=(worker, 'copied'))
t.start()
t.join()
print(seen['copied'], seen['copied-after'], ctx[var], var.get())

# Each thread has its own value: no thread sees another's set.
barrier = threading.Barrier(4)
results = []
lock = threading.Lock()

def job(n):
    var.set('job%d' % n)
    barrier.wait()
    with lock:
        results.append((n, var.get()))

threads = [threading.Thread(target=job, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), var.get())

# Executor workers start empty too; submitting ctx.run carries a context.
with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(var.get).result())
    print(ex.submit(copy_context().run, var.get).result())
