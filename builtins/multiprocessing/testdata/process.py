# multiprocessing.dummy's Process is a thread; its synchronisation names
# are threading's and queue's; the process-free parts of multiprocessing.
import multiprocessing
import multiprocessing.dummy as dummy
import queue
import threading

print(multiprocessing.current_process())
print(multiprocessing.current_process().name, multiprocessing.parent_process())
print(multiprocessing.active_children(), type(multiprocessing.cpu_count()))
print(multiprocessing.cpu_count() >= 1)
print(multiprocessing.get_start_method())
try:
    multiprocessing.set_start_method("spawn")
except RuntimeError as e:
    print(e)
multiprocessing.set_start_method("spawn", force=True)
print(multiprocessing.get_start_method(), multiprocessing.get_all_start_methods())
print(multiprocessing.TimeoutError.__mro__)
print(multiprocessing.TimeoutError, multiprocessing.AuthenticationError, multiprocessing.BufferTooShort)
p = multiprocessing.Process(target=print)
print(p.name, p.daemon, p.pid, p.exitcode, p.is_alive())
try:
    p.join()
except AssertionError as e:
    print(repr(e))


class Worker(multiprocessing.Process):
    pass


print(Worker().name, multiprocessing.Process(name="x").name)

print(dummy.current_process() is threading.current_thread(), dummy.current_process().name)
print(dummy.Lock is threading.Lock, dummy.RLock is threading.RLock, dummy.Event is threading.Event)
print(dummy.Queue is queue.Queue, dummy.JoinableQueue is queue.Queue, dummy.Condition is threading.Condition)
print(dummy.Semaphore is threading.Semaphore, dummy.Barrier is threading.Barrier)
print(dummy.Process, dummy.Process.__mro__)
results = dummy.Queue()


def job(n, q=None):
    q.put((n, dummy.current_process().name))


procs = [dummy.Process(target=job, args=(i,), kwargs={"q": results}) for i in range(3)]
print(procs[0], procs[0].exitcode)
for pr in procs:
    pr.start()
for pr in procs:
    pr.join()
print(repr(procs[0]).split(",")[0], procs[0].exitcode, procs[0].is_alive())
print(sorted(results.get() for _ in range(3)))
print(dummy.active_children())


class Named(dummy.Process):
    def run(self):
        print("run in", self.name)


n = Named(name="custom")
n.start()
n.join()
print(repr(n).split(",")[0], n.exitcode)
ns = dummy.Manager().Namespace(b=2, a=1, _hidden=3)
print(ns, dummy.Manager() is dummy)
v = dummy.Value("i", 5)
v.value += 1
print(v, v.value)
print(dummy.Manager().list([1]), dummy.Manager().dict(a=1))
lock = dummy.Lock()
with lock:
    print(lock.locked())
