"""Blog post "Timeouts the Unix way": a signal.alarm watchdog around a
join that would hang (the SIGALRM handler raises in the main thread), a
setitimer heartbeat counting ticks while workers run, and a worker that
asks the main thread to stop with pthread_kill(main ident, SIGUSR1).
"""
import signal
import threading
import time


class WatchdogTimeout(Exception):
    pass


def on_alarm(signum, frame):
    raise WatchdogTimeout(f"{signal.Signals(signum).name}, frame given: {frame is not None}")


signal.signal(signal.SIGALRM, on_alarm)
stuck = threading.Event()
hung = threading.Thread(target=stuck.wait, name="hung-worker", daemon=True)
hung.start()

signal.alarm(1)
try:
    hung.join()
    print("never joined")
except WatchdogTimeout as e:
    print("watchdog fired:", e)
finally:
    print("alarm left:", signal.alarm(0))
stuck.set()
hung.join()

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(threading.current_thread().name))
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
work_done = []


def busy(n):
    time.sleep(0.15)
    work_done.append(n)


workers = [threading.Thread(target=busy, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
left, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print("workers done:", sorted(work_done))
print("heartbeat ticked several times:", len(ticks) >= 3, "| all in main:", set(ticks) == {"MainThread"})
print("interval was:", interval, "| timer now:", signal.getitimer(signal.ITIMER_REAL))

stop = threading.Event()
signal.signal(signal.SIGUSR1, lambda s, f: stop.set())


def supervisor():
    time.sleep(0.05)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)


threading.Thread(target=supervisor, name="supervisor").start()
rounds = 0
while not stop.is_set():
    rounds += 1
    time.sleep(0.01)
print("stopped by supervisor after some rounds:", rounds > 0)
