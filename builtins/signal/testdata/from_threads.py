# A signal a thread raises (raise_signal, pthread_kill) runs its
# handler in the main thread, which raises the exception the handler raises.
import signal, threading, time

class ServiceExit(Exception):
    pass

def handler(signum, frame):
    print("handler for", signal.Signals(signum).name, "in", threading.current_thread().name)
    raise ServiceExit

signal.signal(signal.SIGTERM, handler)
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1 in", threading.current_thread().name))
threading.Timer(0.05, signal.pthread_kill, args=(threading.main_thread().ident, signal.SIGUSR1)).start()
t = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,), name="raiser")
t.start(); t.join()
time.sleep(0.1)
threading.Timer(0.05, signal.pthread_kill, args=(threading.main_thread().ident, signal.SIGTERM)).start()
try:
    while True:
        time.sleep(0.01)
except ServiceExit:
    print("main caught ServiceExit")
n = 0
threading.Timer(0.02, signal.raise_signal, args=(signal.SIGTERM,)).start()
try:
    while True:
        n += 1
except ServiceExit:
    print("busy loop interrupted")
