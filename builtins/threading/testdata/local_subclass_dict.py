# A threading.local subclass: __dict__ is the calling thread's live
# attribute dict, and its attributes come before the class's plain ones.
import threading


class MyLocal(threading.local):
    color = 'red'
    initialized = False

    def __init__(self, /, **kw):
        if self.initialized:
            raise SystemError('__init__ called too many times')
        self.initialized = True
        self.__dict__.update(kw)


mydata = MyLocal(number=42)
print(mydata.number, mydata.color, mydata.initialized)
mydata.color = 'green'
print(mydata.color, MyLocal.color)
print(mydata.__dict__)
mydata.__dict__['extra'] = 'через dict'
print(mydata.extra, mydata.__dict__ is mydata.__dict__)
del mydata.color
print('after del:', mydata.color)
seen = []


def other():
    seen.append(sorted(mydata.__dict__.items()))
    seen.append(mydata.color)
    mydata.__dict__.clear()
    seen.append(mydata.initialized)


t = threading.Thread(target=other)
t.start()
t.join()
print(seen)
print(mydata.number, mydata.extra)
plain = threading.local()
plain.a = 1
plain.b = 2
print(plain.__dict__)
