# Thread names in Cyrillic: indexing, slicing, formatting and reprs.
import threading

results = []
lock = threading.Lock()


def work(tag):
    me = threading.current_thread()
    with lock:
        results.append((tag, me.name, me.name[0], me.name[-1], me.name[:3], len(me.name)))


threads = [threading.Thread(target=work, args=(i,), name="Рабочий-%d" % i) for i in range(3)]
threads.append(threading.Thread(target=work, args=(9,), name="Σπύρος"))
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
t = threading.Thread(target=work, args=(0,), name="Поток")
print(t.name[0], t.name[1:], repr(t), t.name.upper(), f"{t.name:>8}|")
t.name = "Новый"
print(t.name[0], t.name.center(9, "*"))


class Named(threading.Thread):
    def __init__(self, label):
        super().__init__(name=label)
        self.label = label

    def run(self):
        with lock:
            print(self.name[0], self.label[-1], threading.current_thread().name[1])


n = Named("Жучка")
n.start()
n.join()
print(threading.main_thread().name[0])
