"""Контекстные переменные в потоках: у каждого потока свой контекст.

В 3.11 новый поток стартует с пустым контекстом (видит значения по
умолчанию), а copy_context().run переносит значения явно.
"""
import contextvars
import re
import threading
from concurrent.futures import ThreadPoolExecutor

пользователь = contextvars.ContextVar("пользователь", default="аноним")
запрос = contextvars.ContextVar("запрос")
итоги = {}
замок = threading.Lock()


def обработать(метка):
    try:
        номер = запрос.get()
    except LookupError:
        номер = None
    with замок:
        итоги[метка] = (пользователь.get(), номер, запрос.get("нет"))


пользователь.set("админ")
запрос.set(42)
обработать("главный")

т = threading.Thread(target=обработать, args=("поток",))
т.start()
т.join()

ctx = contextvars.copy_context()
т = threading.Thread(target=ctx.run, args=(обработать, "поток+copy_context"))
т.start()
т.join()

with ThreadPoolExecutor(max_workers=2) as пул:
    пул.submit(обработать, "пул").result()
    пул.submit(contextvars.copy_context().run, обработать, "пул+copy_context").result()

for метка, значения in итоги.items():
    print(f"{метка:<20} {значения}")

# Изменения внутри ctx.run не видны снаружи; токены откатывают значения
def поменять():
    пользователь.set("гость")
    return пользователь.get()


print("внутри run:", ctx.run(поменять), "| снаружи:", пользователь.get(), "| в ctx:", ctx[пользователь])
токен = пользователь.set("временный")
print("после set:", пользователь.get(), токен.var is пользователь, токен.old_value)
пользователь.reset(токен)
print("после reset:", пользователь.get())
try:
    пользователь.reset(токен)
except RuntimeError as e:
    print("повторный reset:", re.sub(r"0x[0-9a-f]+", "0x…", str(e)))

пустой = contextvars.Context()
print("в пустом контексте:", пустой.run(пользователь.get), len(пустой), пользователь in пустой)
print("ключи ctx:", sorted(v.name for v in ctx), ctx.get(запрос), ctx.get(contextvars.ContextVar("x"), "—"))
print("repr имени:", repr(пользователь.name), пользователь.name == "пользователь")

# Контекст нельзя запустить дважды одновременно — даже из разных потоков
ошибки = []
занят = threading.Event()
отпусти = threading.Event()


def долго():
    занят.set()
    отпусти.wait()


т = threading.Thread(target=ctx.run, args=(долго,))
т.start()
занят.wait()
try:
    ctx.run(print, "не должно выполниться")
except RuntimeError as e:
    ошибки.append(re.sub(r" at 0x[0-9a-f]+", "", str(e)))
отпусти.set()
т.join()
print("ошибки:", ошибки)

# Каждый поток пула видит значения, установленные в нём самом: счётчик запросов
счётчик = contextvars.ContextVar("счётчик", default=0)


def шаг(_):
    счётчик.set(счётчик.get() + 1)
    return счётчик.get()


with ThreadPoolExecutor(max_workers=1) as пул:
    print("один поток копит:", list(пул.map(шаг, range(4))))
print("главный не затронут:", счётчик.get())
