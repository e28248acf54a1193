"""Кто сейчас живёт в процессе: threading.enumerate(), идентификаторы потоков.

Идентификаторы (get_ident, get_native_id, ident, native_id) различаются от
запуска к запуску, поэтому печатаем только результаты сравнений.
"""
import threading

старт = threading.Barrier(4)
стоп = threading.Event()
сведения = {}
замок = threading.Lock()


def жилец():
    т = threading.current_thread()
    with замок:
        сведения[т.name] = (
            threading.get_ident() == т.ident,
            threading.get_native_id() == т.native_id,
            т.ident != threading.main_thread().ident,
        )
    старт.wait()
    стоп.wait()


имена = ["Ёжик", "Белка", "Аист"]
потоки = [threading.Thread(target=жилец, name=и) for и in имена]
print("до start(): ident =", потоки[0].ident, "native_id =", потоки[0].native_id,
      "alive =", потоки[0].is_alive())
for п in потоки:
    п.start()
старт.wait()

живые = sorted(threading.enumerate(), key=lambda t: t.name)
print("живые потоки:", [t.name for t in живые])
print("active_count:", threading.active_count(), len(threading.enumerate()))
print("главный среди них:", threading.main_thread() in живые,
      threading.current_thread() is threading.main_thread())
for имя, флаги in sorted(сведения.items()):
    print(f"{имя:>5}: {флаги}")
все_id = {t.ident for t in threading.enumerate()}
print("идентификаторы различны:", len(все_id) == threading.active_count())
print("native_id целые:", all(isinstance(t.native_id, int) for t in живые))
print("Ё по коду раньше А:", sorted(имена), sorted(имена, key=lambda s: s.replace("Ё", "Е")))
стоп.set()
for п in потоки:
    п.join()
print("после join:", [t.name for t in threading.enumerate()], threading.active_count())
print("ident сохраняется:", all(п.ident is not None for п in потоки), any(п.is_alive() for п in потоки))

# Повторное использование идентификаторов не запрещено: сравниваем только с живыми.
иды = []
for _ in range(3):
    т = threading.Thread(target=lambda: иды.append(threading.get_ident()))
    т.start()
    т.join()
print("главный id не выдаётся рабочим:", threading.main_thread().ident not in иды)
print("get_ident в главном:", threading.get_ident() == threading.main_thread().ident)

# Имена по умолчанию: Thread-N (target) — номер зависит от счётчика, печатаем шаблон
т = threading.Thread(target=print)
голова, _, хвост = т.name.partition(" ")
print(голова.startswith("Thread-"), хвост)
class Мой(threading.Thread):
    pass
м = Мой()
print(м.name.startswith("Thread-"), м.name.endswith("(Мой)") or м.name)
try:
    м.join()
except RuntimeError as e:
    print("join до start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join себя:", e)
м.start()
м.join()
try:
    м.start()
except RuntimeError as e:
    print("второй start:", e)
