# alarm, setitimer and getitimer deliver SIGALRM to the main thread; pthread_kill
# runs the handler in the main thread too.
import signal, threading, time

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    print("alarm in", threading.current_thread().name, signal.Signals(signum).name)
    raise Timeout("too slow")

signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1), signal.getitimer(signal.ITIMER_REAL)[0] > 0.9)
try:
    while True:
        time.sleep(0.05)
except Timeout as e:
    print("caught:", e)
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(threading.current_thread().name))
print(signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05))
while len(ticks) < 3:
    time.sleep(0.01)
left, every = signal.setitimer(signal.ITIMER_REAL, 0)
print(ticks[:3], 0 <= left <= 0.05, every)
print(signal.getitimer(signal.ITIMER_REAL))

signal.setitimer(signal.ITIMER_REAL, 0.4)
print(signal.alarm(0))
try:
    signal.setitimer(7, 1)
except signal.ItimerError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except OSError as e:
    print(repr(e))

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(threading.current_thread().name))
def worker():
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
t = threading.Thread(target=worker, name="killer")
t.start(); t.join()
time.sleep(0.01)
signal.pthread_kill(threading.get_ident(), 0)
print("pthread_kill handler ran in:", got)

def work_with_timeout():
    try:
        signal.alarm(1)
    except ValueError as e:
        print("ValueError?", e)
threading.Thread(target=work_with_timeout).start()
time.sleep(0.05)
print("done", signal.alarm(0) >= 0)
