"""Демоны и сторож: Thread(daemon=True) живёт, пока жив главный поток.

Демон-«пульс» печатает только до сигнала, поэтому вывод детерминирован;
после окончания главного потока интерпретатор не ждёт демонов.
"""
import threading
import time
import warnings
import atexit

пульс_готов = threading.Event()
тишина = threading.Event()
удары = []


def пульс():
    n = 0
    while True:
        if not тишина.is_set():
            n += 1
            удары.append(n)
            if n == 3:
                пульс_готов.set()
                тишина.set()
        time.sleep(0.005)


демон = threading.Thread(target=пульс, name="Пульс", daemon=True)
print("daemon до start:", демон.daemon, демон.is_alive())
демон.start()
пульс_готов.wait()
print("удары:", удары)
try:
    демон.daemon = False
except RuntimeError as e:
    print("менять daemon у живого:", e)


# Поток, созданный демоном, наследует daemon=True
наследство = {}


def родитель():
    ребёнок = threading.Thread(target=lambda: None)
    наследство["ребёнок"] = ребёнок.daemon
    наследство["явно"] = threading.Thread(target=lambda: None, daemon=False).daemon


р = threading.Thread(target=родитель, daemon=True)
р.start()
р.join()
print("наследование:", наследство)
print("обычный поток из главного:", threading.Thread(target=print).daemon)

# Устаревшие методы setDaemon/isDaemon работают, но предупреждают
with warnings.catch_warnings(record=True) as пойманные:
    warnings.simplefilter("always")
    т = threading.Thread(target=print)
    т.setDaemon(True)
    print("isDaemon:", т.isDaemon(), "getName:", т.getName()[:7])
for w in пойманные:
    print(w.category.__name__, "-", w.message)

# Сторож: демон, который раз в 10 мс проверяет «зависшую» задачу.
последний_отклик = [time.monotonic()]
тревоги = []


def сторож(предел):
    while not тишина_сторожа.wait(0.01):
        if time.monotonic() - последний_отклик[0] > предел:
            тревоги.append("задача зависла")
            return


тишина_сторожа = threading.Event()
с = threading.Thread(target=сторож, args=(0.05,), daemon=True, name="Сторож")
с.start()
time.sleep(0.15)            # «задача» не отвечает
с.join()
print("тревоги:", тревоги)

atexit.register(print, "atexit: главный поток закончил, демон", демон.name, "ещё жив")
вечный = threading.Thread(target=threading.Event().wait, daemon=True)
вечный.start()
print("живые демоны:", sorted(t.name for t in threading.enumerate() if t.daemon and t.name != вечный.name))
print("конец главного потока")
