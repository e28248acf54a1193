# daemon keeps the value it is given, as CPython's Thread does.
import threading
def f(): pass
t = threading.Thread(target=f, name="Поток")
print(t.daemon, t)
t.daemon = 1
print(t.daemon, t)
t.daemon = ""
print(repr(t.daemon), t)
print(threading.Thread(target=f, daemon=0).daemon)
print(threading.Thread(target=f, daemon=[1]).daemon)
def child():
    print("inherited", threading.Thread(target=f).daemon)
d = threading.Thread(target=child, daemon="yes")
d.start(); d.join()
print(threading.main_thread().daemon)
