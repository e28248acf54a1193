# Scripts keep results on Thread objects: t.result = ... is an ordinary
# attribute, which shadows a method of the same name; ident and
# native_id are read-only properties.
import threading


def square(n):
    threading.current_thread().result = n * n


threads = []
for i in range(4):
    t = threading.Thread(target=square, args=(i,), name=f"Поток-{i}")
    t.result = None
    threads.append(t)
    t.start()
for t in threads:
    t.join()
    print(t.name, t.result)
print(sum(t.result for t in threads), hasattr(threads[0], "result"), getattr(threads[0], "missing", "-"))

t = threading.Thread(target=print)
t.is_alive = "затенён"
print(t.is_alive)
for name in ["ident", "native_id"]:
    try:
        setattr(t, name, 5)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    print(t.nothing)
except AttributeError as e:
    print("AttributeError:", e)
tm = threading.Timer(0.01, print, args=("таймер",))
tm.note = "заметка"
tm.start()
tm.join()
print(tm.note)
