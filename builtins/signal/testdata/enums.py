# signal's numbers are Signals members and its dispositions Handlers
# members, as CPython's signal.py makes them; os.kill signals the script.
import os
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
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), 12 - 2)
signal.raise_signal(10)
print(seen)
print(signal.signal(signal.SIGUSR1, 1) is handler, repr(signal.getsignal(signal.SIGUSR1)))
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGCHLD)
signal.raise_signal(signal.SIGWINCH)
os.kill(os.getpid(), 0)
print("still running")
for bad in [(os.getpid(), 99), (os.getpid(), "x"), (os.getpid(), 2.0)]:
    try:
        os.kill(*bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR2, "ignore")
except TypeError as e:
    print("TypeError:", e)
