# __del__ runs when an instance's last reference goes: after del (not
# while another name still refers to it), after x = None, when a
# function's local goes at its return, when a thread's local goes with
# the thread, at gc.collect(), and at exit for the instances still
# alive, in the order they were made. An exception in __del__ is
# printed and ignored.
import gc
import io
import re
import sys
import threading


class Ресурс:
    открыто = 0

    def __init__(self, имя):
        self.имя = имя
        Ресурс.открыто += 1
        print(f"открыт {имя}")

    def __del__(self):
        Ресурс.открыто -= 1
        print(f"закрыт {self.имя} (осталось {Ресурс.открыто})")


a = Ресурс("a")
b = a
del a
print("del a: b ещё держит")
del b
print("del b")

c = Ресурс("c")
c = None
print("c = None")


def работа():
    r = Ресурс("локальный")
    print("в функции")
    return 42


print(работа())
print("после функции")


def поток():
    r = Ресурс("потоковый")
    print("в потоке")


t = threading.Thread(target=поток)
t.start()
t.join()
print("поток завершён")


class Узел:
    def __init__(self, имя):
        self.имя = имя
        self.сосед = None

    def __del__(self):
        print("узел", self.имя)


x = Узел("x")
y = Узел("y")
x.сосед = y
y = None
print("y = None: x.сосед держит")
x = None
gc.collect()
print("после gc.collect")


class Плохой:
    def __del__(self):
        raise ValueError("сбой в __del__")


захват = io.StringIO()
sys.stderr = захват
p = Плохой()
del p
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x…", захват.getvalue()), end="")
print("после плохого")

первый = Ресурс("первый")
второй = Ресурс("второй")
print("конец программы")
