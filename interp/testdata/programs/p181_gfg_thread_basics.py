"""GeeksforGeeks / Programiz style "Multithreading in Python": many
short prints about thread objects — active_count(), enumerate() names,
current_thread().name, is_alive() before and after join(), the daemon
flag, ident None before start(), native_id and get_native_id().
"""
import re
import threading
import time


def print_cube(num):
    print(f"Cube: {num * num * num}")


def print_square(num):
    print(f"Square: {num * num}")


t1 = threading.Thread(target=print_square, args=(10,))
t2 = threading.Thread(target=print_cube, args=(10,))
print("ident before start:", t1.ident is None, t1.native_id is None)
print("alive before start:", t1.is_alive())
print("names:", t1.name.endswith("(print_square)"), t2.name.endswith("(print_cube)"))
t1.start()
t1.join()
t2.start()
t2.join()
print("alive after join:", t1.is_alive(), t2.is_alive())
print("ident after join is int:", isinstance(t1.ident, int), isinstance(t1.native_id, int))
print("Done!")


def task1():
    print("Task 1 assigned to thread: {}".format(threading.current_thread().name))


def task2():
    print("Task 2 assigned to thread: {}".format(threading.current_thread().name))


print("Main thread name: {}".format(threading.current_thread().name))
a = threading.Thread(target=task1, name="t1")
b = threading.Thread(target=task2, name="t2")
a.start()
a.join()
b.start()
b.join()

gate = threading.Event()
infos = {}


def sleeper(tag):
    me = threading.current_thread()
    infos[tag] = (me.native_id == threading.get_native_id(), me.ident == threading.get_ident(),
                  me.daemon)
    gate.wait()


workers = [threading.Thread(target=sleeper, args=(i,), name=f"Worker-{i}") for i in range(3)]
workers[2].daemon = True
print("daemon flags:", [w.daemon for w in workers])
for w in workers:
    w.start()
while len(infos) < 3:
    time.sleep(0.001)
print("active_count while running:", threading.active_count())
print("enumerate:", sorted(t.name for t in threading.enumerate()))
print("per thread:", sorted(infos.items()))
print("main in enumerate:", threading.main_thread() in threading.enumerate())
print("idents distinct:", len({w.ident for w in workers}) == 3,
      len({w.native_id for w in workers} | {threading.get_native_id()}) == 4)
gate.set()
for w in workers:
    w.join()
    print(w.name, "alive after join:", w.is_alive())
print("active_count after join:", threading.active_count())
print("enumerate after:", [t.name for t in threading.enumerate()])
print("main is MainThread:", threading.main_thread().name, threading.main_thread().daemon)
print("main ident:", threading.main_thread().ident == threading.get_ident())


class MyThread(threading.Thread):
    def __init__(self, name, delay):
        threading.Thread.__init__(self)
        self.name = name
        self.delay = delay
        self.out = []

    def run(self):
        self.out.append("Starting " + self.name)
        for i in range(3):
            self.out.append(f"{self.name}: step {i}")
        self.out.append("Exiting " + self.name)


th = MyThread("Thread-A", 1)
print("subclass before start:", th.name, th.is_alive(), th.ident)
th.start()
th.join()
print("\n".join(th.out))
print("repr stopped:", re.sub(r"\d+", "N", repr(th)))
timer_like = threading.Thread(target=time.sleep, args=(0,), daemon=True)
print("daemon kwarg:", timer_like.daemon, timer_like.isDaemon() if False else "-")
timer_like.start()
timer_like.join()
print("is_alive() is a method:", callable(timer_like.is_alive), type(threading.active_count()).__name__)
