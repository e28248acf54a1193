# signal handlers as threaded scripts install them; raise_signal runs them at once.
import signal, sys, threading, time
print(signal.SIGINT, int(signal.SIGINT), signal.SIGTERM, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
calls = []
def h(s, f):
    print('handler', s, type(s).__name__, f.f_code.co_name if f else f, f.f_lineno)
    calls.append(s)
print(signal.signal(signal.SIGINT, h))
signal.raise_signal(signal.SIGINT)
print('after', calls)
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGINT)
print(signal.Signals(2).name, signal.Signals(2).value, signal.Signals.SIGTERM, repr(signal.Signals(15)), signal.strsignal(2), signal.strsignal(15))
print(signal.signal(signal.SIGINT, signal.default_int_handler))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KI', repr(e))
try: signal.signal(99, h)
except ValueError as e: print(e)
try: signal.signal(signal.SIGINT, 5)
except TypeError as e: print(e)
try: signal.signal(signal.SIGKILL, h)
except OSError as e: print(e)
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print('KI2', repr(e))
print(signal.NSIG, signal.SIGINT == 2, {2: 1}[signal.SIGINT])
def t():
    try: signal.signal(signal.SIGINT, h)
    except ValueError as e: print(e)
th = threading.Thread(target=t); th.start(); th.join()
stop = threading.Event()
def shutdown(signum, frame):
    print("shutting down on", signal.Signals(signum).name)
    stop.set()
signal.signal(signal.SIGTERM, shutdown)
signal.signal(signal.SIGINT, shutdown)
def worker():
    while not stop.is_set():
        stop.wait(0.01)
    print("worker stopped")
w = threading.Thread(target=worker); w.start()
signal.raise_signal(signal.SIGTERM)
w.join()
def exiting(signum, frame):
    print("exiting")
    sys.exit(3)
signal.signal(signal.SIGTERM, exiting)
try:
    signal.raise_signal(signal.SIGTERM)
except SystemExit as e:
    print("SystemExit", e.code)
