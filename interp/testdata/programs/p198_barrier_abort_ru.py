# Барьер: старт забега, действие барьера, abort и BrokenBarrierError
import threading

ИМЕНА = ["Алиса", "Борис", "Вера"]
журнал = []
замок = threading.Lock()


def записать(строка):
    with замок:
        журнал.append(строка)


def старт():
    записать("--- выстрел стартового пистолета ---")


барьер = threading.Barrier(len(ИМЕНА), action=старт, timeout=5)


def бегун(имя, круги):
    for круг in range(1, круги + 1):
        номер = барьер.wait()
        записать(f"{имя} круг {круг} (номер {номер})")
    записать(f"{имя} финишировал")


потоки = [threading.Thread(target=бегун, args=(и, 2), name=и) for и in ИМЕНА]
for п in потоки:
    п.start()
for п in потоки:
    п.join()

print("\n".join(с for с in журнал if с.startswith("---")))
for и in ИМЕНА:
    print(f"{и:>6}: записей {sum(с.startswith(и) for с in журнал)}, последняя: {[с for с in журнал if с.startswith(и)][-1]!r}")
print("n_waiting:", барьер.n_waiting, "parties:", барьер.parties, "broken:", барьер.broken)

# abort: один участник сдаётся
б2 = threading.Barrier(3)
итоги = {}
на_месте = threading.Semaphore(0)


def участник(имя):
    на_месте.release()
    try:
        б2.wait()
        итоги[имя] = "прошёл"
    except threading.BrokenBarrierError as e:
        итоги[имя] = f"сломан: {type(e).__name__} {e.args}"


пп = [threading.Thread(target=участник, args=(и,)) for и in ИМЕНА[:2]]
for п in пп:
    п.start()
на_месте.acquire()
на_месте.acquire()
while б2.n_waiting < 2:
    pass
б2.abort()
for п in пп:
    п.join()
for имя in sorted(итоги):
    print(имя, итоги[имя])
print("broken:", б2.broken)
try:
    б2.wait()
except threading.BrokenBarrierError:
    print("wait на сломанном барьере -> BrokenBarrierError")
б2.reset()
print("после reset broken:", б2.broken, "n_waiting:", б2.n_waiting)

# действие, бросающее исключение, ломает барьер
def плохое_действие():
    raise ValueError("ошибка в action")

б3 = threading.Barrier(2, action=плохое_действие)
рез = []
def шаг():
    try:
        б3.wait()
        рез.append("ok")
    except ValueError as e:
        рез.append(f"ValueError: {e}")
    except threading.BrokenBarrierError:
        рез.append("BrokenBarrierError")
тт = [threading.Thread(target=шаг) for _ in range(2)]
for т in тт: т.start()
for т in тт: т.join()
print(sorted(рез), б3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
