# Курс по потокам, урок 7: Timer, отмена таймера и остановка по Event
import threading
import queue

стоп = threading.Event()
события = queue.Queue()
сработали = []
отменены = []


def напоминание(текст: str) -> None:
    сработали.append(текст)
    события.put(("таймер", текст))


таймеры = {
    "чай": threading.Timer(0.01, напоминание, args=("Пора пить чай",)),
    "звонок": threading.Timer(5.0, напоминание, args=("Позвонить маме",)),
    "отчёт": threading.Timer(5.0, напоминание, kwargs={"текст": "Сдать отчёт"}),
}
for имя, т in таймеры.items():
    т.name = f"таймер-{имя}"
    т.start()

print(события.get())            # ждём первый таймер
for имя in ("звонок", "отчёт"):
    таймеры[имя].cancel()
    отменены.append(имя)
for т in таймеры.values():
    т.join()
print("сработали:", сработали)
print("отменены:", отменены, [таймеры[и].finished.is_set() for и in отменены])


def сторож(номер: int, готов: threading.Barrier) -> None:
    обходов = 0
    готов.wait()
    while not стоп.wait(timeout=0.001):
        обходов += 1
        if обходов == 3:
            события.put(("сторож", номер))
    события.put(("ушёл", номер))


готов = threading.Barrier(4)
сторожа = [threading.Thread(target=сторож, args=(н, готов), name=f"Сторож-{н}") for н in range(1, 4)]
for с in сторожа:
    с.start()
готов.wait()
отметились = set()
while len(отметились) < 3:
    вид, кто = события.get()
    if вид == "сторож":
        отметились.add(кто)
стоп.set()
for с in сторожа:
    с.join()
ушли = []
while not события.empty():
    вид, кто = события.get_nowait()
    if вид == "ушёл":
        ушли.append(кто)
print("отметились:", sorted(отметились), "ушли:", sorted(ушли))
print("все остановлены:", not any(с.is_alive() for с in сторожа), стоп.is_set())

заголовок = f"{'Таймер':<10}|{'Интервал':>9}|{'Статус':^12}|"
print(заголовок)
print("-" * len(заголовок))
for имя, т in таймеры.items():
    статус = "отменён" if имя in отменены else "сработал"
    print(f"{имя:<10}|{т.interval:>9.2f}|{статус:^12}|")
print("%-10s|%9s|" % ("итого", len(таймеры)))
