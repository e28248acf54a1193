"""Blog post "Graceful shutdown of worker threads with signals": a SIGTERM
handler sets an Event the workers poll; the handler runs in the main thread;
signal.signal from a worker thread raises ValueError; getsignal, Signals
names, strsignal-free checks, SIG_DFL/SIG_IGN and restoring the old handler.
"""
import signal
import threading
import queue

stop = threading.Event()
received = []
jobs = queue.Queue()
done = []
done_lock = threading.Lock()


def handle_sigterm(signum, frame):
    name = signal.Signals(signum).name
    received.append((name, threading.current_thread().name))
    stop.set()


def worker(n):
    while not stop.is_set():
        try:
            job = jobs.get(timeout=0.01)
        except queue.Empty:
            continue
        with done_lock:
            done.append((n, job))
        jobs.task_done()


old = signal.signal(signal.SIGTERM, handle_sigterm)
print("previous handler is SIG_DFL:", old is signal.SIG_DFL or old == signal.SIG_DFL)
print("getsignal returns ours:", signal.getsignal(signal.SIGTERM) is handle_sigterm)
print("SIGTERM:", int(signal.SIGTERM), signal.SIGTERM.name, repr(signal.SIGTERM))
print("SIGINT is Signals:", isinstance(signal.SIGINT, signal.Signals))

errors = []


def install_from_thread():
    try:
        signal.signal(signal.SIGUSR1, handle_sigterm)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=install_from_thread, name="installer")
t.start()
t.join()
print("from a thread:", errors)

workers = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(3)]
for w in workers:
    w.start()
for job in range(9):
    jobs.put(job)
jobs.join()
print("processed:", sorted(j for _, j in done))

signal.raise_signal(signal.SIGTERM)
for w in workers:
    w.join()
print("received:", received)
print("all workers stopped:", not any(w.is_alive() for w in workers))

usr = []
signal.signal(signal.SIGUSR1, lambda s, f: usr.append(signal.Signals(s).name))
signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
print("SIGUSR1 via pthread_kill:", usr)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored SIGUSR1, list unchanged:", usr)

print("restore:", signal.signal(signal.SIGTERM, old) is handle_sigterm)
print("now default:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print("valid_signals has SIGTERM:", signal.SIGTERM in signal.valid_signals())
print(sorted(s.name for s in (signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGUSR2)))
