import threading
import time


def worker(n, label="x"):
    time.sleep(0.05)
    print("worker", n, label, threading.current_thread().name)


def strip_ident(r):
    # idents differ between runs; keep the rest of the repr
    parts = r[:-2].split(" ")
    if parts[-1].isdigit():
        parts = parts[:-1]
    return " ".join(parts) + ")>"


t = threading.Thread(target=worker, args=[1], kwargs={"label": "kw"})
print(repr(t))
print(t.name, t.ident, t.native_id, t.daemon, t.is_alive())
t.start()
print(strip_ident(repr(t)), t.is_alive(), type(t.ident) is int, t.ident == t.native_id)
t.join()
print(strip_ident(repr(t)), t.is_alive(), t.ident is not None)
print(strip_ident(repr(threading.main_thread())))

plain = threading.Thread()
print(plain.name)
named = threading.Thread(target=worker, name="")
print(named.name)
lam = threading.Thread(target=lambda: None)
print(lam.name)
num = threading.Thread(target=worker, name=42)
print(repr(num.name))


d = threading.Thread(target=worker, args=(2,), daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.name = "again"
print(d.name)
d.start()
d.join(timeout=5)
print(d.is_alive())

print(threading.active_count(), threading.active_count(), len(threading.enumerate()))
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
print(threading.get_ident() == threading.main_thread().ident)
print(threading.TIMEOUT_MAX > 1e9)
