# Thread names: defaults, explicit names, renaming, current_thread().
import threading


def show():
    print("running in", threading.current_thread().name)


a = threading.Thread(target=show)
b = threading.Thread(target=show, name="worker-b")
c = threading.Thread()
print(a.name, "|", b.name, "|", c.name)
a.name = "renamed-a"
for t in (a, b):
    t.start()
    t.join()
print(threading.current_thread().name, threading.main_thread().name)
