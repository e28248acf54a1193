"""Интервал переключения потоков и таймеры: измеряем, но печатаем только сравнения.

sys.setswitchinterval меняет, как часто GIL передаётся другому потоку;
на результат вычислений это не влияет — только на порядок.
"""
import sys
import threading
import time

по_умолчанию = sys.getswitchinterval()
print("интервал по умолчанию:", по_умолчанию, type(по_умолчанию).__name__)
for новый in (0.001, 1e-6, 0.1):
    sys.setswitchinterval(новый)
    print(f"{новый=} -> {sys.getswitchinterval()=}")
for плохой in (0, -1):
    try:
        sys.setswitchinterval(плохой)
    except ValueError as e:
        print(f"setswitchinterval({плохой}):", e)
try:
    sys.setswitchinterval("быстро")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(по_умолчанию)

# Счётчик без замка на маленьком интервале — результат с замком всегда точен
счёт = 0
замок = threading.Lock()


def прибавлять(n):
    global счёт
    for _ in range(n):
        with замок:
            счёт += 1


sys.setswitchinterval(1e-5)
начало = time.perf_counter()
ts = [threading.Thread(target=прибавлять, args=(20_000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
прошло = time.perf_counter() - начало
sys.setswitchinterval(по_умолчанию)
print(f"счёт = {счёт:_}, ожидалось {4 * 20_000:_}; заняло больше нуля: {прошло > 0}")

# Часы: монотонные не убывают, наносекундные — целые
a, b = time.monotonic(), time.monotonic()
print("monotonic не убывает:", b >= a)
n1, n2 = time.perf_counter_ns(), time.perf_counter_ns()
print("perf_counter_ns:", type(n1).__name__, n2 >= n1)
print("thread_time не меньше нуля:", time.thread_time() >= 0, type(time.process_time()).__name__)
m1, m2 = time.monotonic_ns(), time.monotonic_ns()
print("monotonic_ns:", type(m1).__name__, m2 >= m1, abs(m1 / 1e9 - time.monotonic()) < 1)

# Таймеры: отмена до срабатывания, отмена «опоздавшая», повтор cancel
сработали = []


def отметить(имя, *, как="обычно"):
    сработали.append(f"{имя} ({как})")


т1 = threading.Timer(30, отметить, args=["первый"])
т2 = threading.Timer(0.01, отметить, ["второй"], {"как": "с kwargs"})
т1.start()
т2.start()
т2.join()                  # второй точно сработал
т1.cancel()
т1.join()
т2.cancel()                # поздно — безвредно
print("сработали:", сработали, "| finished:", т1.finished.is_set(), т2.finished.is_set())
print("interval:", т1.interval, "| args:", т1.args, "| kwargs:", т2.kwargs)

# Гонка «таймер против события»: кто первый — решает Event, поэтому вывод один
итог = []
событие = threading.Event()


def по_таймеру():
    if not событие.is_set():
        итог.append("таймаут")
    событие.set()


таймер = threading.Timer(0.02, по_таймеру)
таймер.start()
событие.wait()
таймер.join()
print("итог гонки:", итог)

# Таймер с нулевым интервалом всё равно выполняется в отдельном потоке
где = []
т0 = threading.Timer(0, lambda: где.append(threading.current_thread() is threading.main_thread()))
т0.start()
т0.join()
print("в главном потоке?", где, "| имя класса:", type(т0).__name__, isinstance(т0, threading.Thread))
t = threading.Timer(10, print)
t.daemon = True
t.start()
t.cancel()
t.join(1)
print("отменён и завершён:", not t.is_alive())
