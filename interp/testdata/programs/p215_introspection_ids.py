"""PyMOTW-style tour of thread introspection without printing raw ids:
get_ident vs Thread.ident, get_native_id vs native_id, main_thread(),
enumerate() while workers block, active_count, is_alive around join,
repr of threads in each state, and TIMEOUT_MAX being a float.
"""
import threading
import time
import _thread

gate = threading.Event()
ids = {}
lock = threading.Lock()


def worker():
    me = threading.current_thread()
    with lock:
        ids[me.name] = (threading.get_ident(), me.ident,
                        threading.get_native_id(), me.native_id)
    gate.wait()


print("main is main_thread:", threading.current_thread() is threading.main_thread())
print("main ident matches:", threading.main_thread().ident == threading.get_ident())
print("_thread.get_ident same:", _thread.get_ident() == threading.get_ident())
print("native_id is int:", isinstance(threading.main_thread().native_id, int))
print("TIMEOUT_MAX float:", type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)

threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
t0 = threads[0]
print("before start:", t0.ident, t0.native_id, t0.is_alive())
print("repr before start:", repr(t0).replace(" initial", " INITIAL"))
for t in threads:
    t.start()
while len(ids) < 3:
    time.sleep(0.001)

print("active_count:", threading.active_count())
names = sorted(t.name for t in threading.enumerate())
print("enumerate:", names)
for name in sorted(ids):
    gi, ident, gn, native = ids[name]
    print(f"{name}: get_ident==ident {gi == ident}, get_native_id==native_id {gn == native}")
print("idents distinct:", len({v[0] for v in ids.values()}) == 3)
print("native ids distinct:", len({v[2] for v in ids.values()}) == 3)
print("is_alive while blocked:", [t.is_alive() for t in threads])
r = repr(t0)
print("repr started:", r.startswith("<Thread(w0, started ") and r.endswith(")>"))

gate.set()
for t in threads:
    t.join()
print("after join:", [t.is_alive() for t in threads])
r = repr(t0)
print("repr stopped:", r.startswith("<Thread(w0, stopped ") and r.endswith(")>"))
print("ident kept after exit:", t0.ident == ids["w0"][1])
print("active_count after:", threading.active_count())

d = threading.Thread(target=lambda: None, daemon=True, name="d")
print("daemon repr:", repr(d))
d.start()
d.join()
print("daemon stopped repr ok:", repr(d).startswith("<Thread(d, stopped daemon "))

class Named(threading.Thread):
    pass

n = Named()
print("subclass default name:", n.name.startswith("Thread-"), n.name.endswith("(Named)"))
print("repr class:", repr(n).startswith("<Named("))
