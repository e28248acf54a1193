# Thread.start() waits until the new thread has begun, and the new thread
# keeps the GIL until it blocks. With stdout block-buffered (a pipe or a
# file, PYTHONUNBUFFERED unset), a print releases nothing, so what the
# new thread prints before it blocks comes before what its starter prints
# after start(). (The expected output is python3's with PYTHONUNBUFFERED
# unset; with it set, every print is a write(2) that lets the starter in.)
import threading


def worker(n, results):
    print(f"воркер {n}: начал")
    results.append(n * n)
    print(f"воркер {n}: готово, {threading.active_count()} потоков")


results = []
threads = []
for n in range(3):
    t = threading.Thread(target=worker, args=(n, results), name=f"Поток-{n}")
    threads.append(t)
    t.start()
    print(f"главный: запущен {t.name}, results={results}")
for t in threads:
    t.join()
print(results)


class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name="Counter")
        self.count = 0

    def run(self):
        for _ in range(10):
            self.count += 1
        print("run() finished in", threading.current_thread().name)


c = Counter()
c.start()
print("count after start():", c.count)
c.join()

gate = threading.Event()


def waiter():
    print("waiter: waiting")
    gate.wait()
    print("waiter: released")


w = threading.Thread(target=waiter)
w.start()
print("main: setting the gate")
gate.set()
w.join()
print("main: done")
