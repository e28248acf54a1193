"""threading.local subclasses with __init__ arguments, defaults and methods."""
import threading


class MyLocal(threading.local):
    initialized = False
    color = 'red'

    def __init__(self, /, **kw):
        if self.initialized:
            raise SystemError('__init__ called too many times')
        self.initialized = True
        self.__dict__.update(kw)

    def squared(self):
        return self.number ** 2


mydata = MyLocal(number=42)
print(mydata.number, mydata.color, mydata.squared())
print(sorted(mydata.__dict__.items()))
mydata.color = 'green'

log = []


def f():
    items = sorted(mydata.__dict__.items())
    log.append(items)
    mydata.number = 11
    log.append(mydata.number)
    log.append(mydata.color)


thread = threading.Thread(target=f)
thread.start()
thread.join()
print(log)
print('main still sees', mydata.number, mydata.color)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        self.history = []

    def bump(self):
        self.value += 1
        self.history.append(self.value)
        return self.value


counter = Counter(100)
results = {}
lock = threading.Lock()


def worker(name, times):
    for _ in range(times):
        counter.bump()
    with lock:
        results[name] = (counter.value, counter.history[:])


ts = [threading.Thread(target=worker, args=(f't{i}', i + 1)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print('main counter untouched:', counter.value, counter.history)

plain = threading.local()
plain.x = 1


def probe():
    results['probe'] = hasattr(plain, 'x')
    try:
        plain.x
    except AttributeError as e:
        results['err'] = str(e)
    plain.x = 'thread'
    results['set'] = plain.x


t = threading.Thread(target=probe)
t.start()
t.join()
print(results['probe'], results['err'], results['set'], plain.x)
del plain.x
print('after del:', hasattr(plain, 'x'))

try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)


class Slotted(threading.local):
    __slots__ = ('a',)


s = Slotted()
s.a = 5
print('slotted a =', s.a)
