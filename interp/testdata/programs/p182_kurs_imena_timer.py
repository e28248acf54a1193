"""Конспект «Потоки в Python», урок 3: имена потоков (t.name, устаревшие
getName/setName), флаг демона (isDaemon/setDaemon), threading.Timer с
args и kwargs, отмена таймера и его повторный запуск.
"""
import threading
import time

журнал = []
замок = threading.Lock()


def записать(*части):
    with замок:
        журнал.append(" ".join(str(ч) for ч in части))


def работа(номер, пауза=0):
    time.sleep(пауза)
    записать(f"{threading.current_thread().name}: задача {номер} готова")


потоки = []
for i in range(1, 4):
    t = threading.Thread(target=работа, args=(i,), kwargs={"пауза": 0.001 * i})
    t.name = f"Поток-{i}"
    потоки.append(t)
print("имена:", [t.name for t in потоки])
потоки[0].setName("Поток-первый")
print("getName:", потоки[0].getName(), "| name:", потоки[0].name)
print("isDaemon:", потоки[1].isDaemon())
потоки[1].setDaemon(True)
print("после setDaemon(True):", потоки[1].daemon, потоки[1].isDaemon())
for t in потоки:
    t.start()
for t in потоки:
    t.join()
print("\n".join(sorted(журнал)))
try:
    потоки[2].setDaemon(False)
except RuntimeError as e:
    print("setDaemon после start:", e)
потоки[2].name = "Переименован"
print("имя после завершения можно менять:", потоки[2].name, len(потоки[2].name))
print("str(name) число:", threading.Thread(name=42).name, type(threading.Thread(name=42).name).__name__)

журнал.clear()


def напомнить(кому, текст, знак="!"):
    записать(f"Напоминание для {кому}: {текст}{знак}")


т1 = threading.Timer(0.01, напомнить, args=("Ани", "выпить чаю"))
т2 = threading.Timer(0.02, напомнить, args=["Бори"], kwargs={"текст": "сдать отчёт", "знак": "?"})
т3 = threading.Timer(5, напомнить, ("Вовы", "не ждать"))
print("Timer это Thread:", isinstance(т1, threading.Thread), type(т1).__name__)
print("interval:", т1.interval, т2.interval, "args:", т1.args, "kwargs:", т2.kwargs)
print("finished до старта:", т1.finished.is_set())
for т in (т1, т2, т3):
    т.start()
т3.cancel()
т1.join()
т2.join()
т3.join()
print("\n".join(журнал))
print("после cancel:", т3.finished.is_set(), т3.is_alive())
print("имена таймеров:", [т.name.split(" ")[0][:7] for т in (т1, т2, т3)])
try:
    т1.start()
except RuntimeError as e:
    print("повторный start:", e)

т4 = threading.Timer(0, напомнить, kwargs={"кому": "Гали", "текст": "всё"})
т4.cancel()
т4.start()
т4.join()
print("отменённый до старта не сработал:", len(журнал) == 2)
т5 = threading.Timer(0, напомнить)
т5.start()
т5.join()
print("без аргументов:", журнал[-1] if len(журнал) > 2 else "ничего")


class Повторяющийся(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


счёт = []
rt = Повторяющийся(0.001, lambda: счёт.append(len(счёт)))
rt.daemon = True
rt.start()
while len(счёт) < 5:
    time.sleep(0.001)
rt.cancel()
rt.join()
print("повторяющийся таймер:", счёт[:5], rt.is_alive())
