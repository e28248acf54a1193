import threading

lock = threading.Lock()


def counted():
    with lock:
        counted.calls += 1
    return counted.calls


counted.calls = 0
threads = [threading.Thread(target=counted) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counted.calls, counted.__dict__)


def tagged():
    pass


tagged.label = "метка"
tagged.hits = 2
tagged.hits *= 3
tagged.hits **= 2
print(tagged.label, tagged.hits, vars(tagged))
del tagged.label
print(tagged.__dict__, hasattr(tagged, "label"))


class Worker:
    def run(self):
        return self.run.__func__.seen


w = Worker()
w.run.__func__.seen = "seen"
print(w.run(), Worker.run.seen)


def outer():
    def inner():
        return inner.state

    inner.state = [1]
    inner.state += [2]
    return inner()


print(outer())


class Config:
    pass


def make():
    return 1


make = Config()
make.value = 5
print(make.value, vars(make))
try:
    tagged.missing
except AttributeError as e:
    print("AttributeError:", e)
