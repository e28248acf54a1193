# signal's numbers are Signals members and its dispositions Handlers
# members, as CPython's signal.py makes them; pthread_kill signals the script.
import threading
import signal

print(repr(signal.SIGTERM), str(signal.SIGTERM), signal.SIGTERM.name, signal.SIGTERM.value)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), f"{signal.SIGINT}", "%d" % signal.SIGUSR1)
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD.name, signal.SIGPOLL.name, repr(signal.SIGRTMAX))
print([s.name for s in signal.Signals][:6], len(signal.Signals), len(signal.Signals.__members__))
print(type(signal.SIGINT).__name__, type(signal.SIGINT).__module__, isinstance(signal.SIGINT, int))
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.Signals(15) is signal.SIGTERM, signal.Handlers(1) is signal.SIG_IGN)
try:
    signal.Signals(35)
except ValueError as e:
    print("ValueError:", e)
valid = signal.valid_signals()
print(len(valid), sorted(valid)[:2], sorted(valid)[-3:], 32 in valid)
print([signal.strsignal(n) for n in (2, 16, 35, 63, 64)], signal.strsignal(32))
print(signal.strsignal(signal.SIGTERM), {2: "int"}[signal.SIGINT], signal.SIGINT + 1)

seen = []


def handler(signum, frame):
    seen.append((signum, type(signum).__name__, signal.Signals(signum).name))


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.signal(signal.SIGUSR1, handler) is handler)
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
signal.pthread_kill(threading.main_thread().ident, 12 - 2)
signal.raise_signal(10)
print(seen)
print(signal.signal(signal.SIGUSR1, 1) is handler, repr(signal.getsignal(signal.SIGUSR1)))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
signal.raise_signal(signal.SIGCHLD)
signal.raise_signal(signal.SIGWINCH)
signal.pthread_kill(threading.get_ident(), 0)
print("still running")
for bad in [(threading.get_ident(), 99), (threading.get_ident(), "x"), (threading.get_ident(), 2.0)]:
    try:
        signal.pthread_kill(*bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR2, "ignore")
except TypeError as e:
    print("TypeError:", e)
