"""functools.lru_cache, общий для потоков: статистика cache_info().

Чтобы счётчики попаданий были детерминированы, потоки сначала «греют»
кэш разными ключами (каждый свои), а потом все читают одни и те же.
"""
import functools
import threading
import time

вызовы = []
замок = threading.Lock()


@functools.lru_cache(maxsize=8)
def курс(валюта, дата):
    """Медленный «запрос к ЦБ»."""
    with замок:
        вызовы.append((валюта, дата))
    time.sleep(0.001)
    return round(len(валюта) * 10 + дата / 100, 2)


валюты = ["USD", "EUR", "CNY", "KZT"]
прогрев = threading.Barrier(len(валюты))


def клиент(валюта):
    курс(валюта, 1)                      # промах: ключ только этого потока
    прогрев.wait()
    for в in валюты:                      # все ключи уже в кэше: попадания
        курс(в, 1)


потоки = [threading.Thread(target=клиент, args=(в,)) for в in валюты]
for п in потоки:
    п.start()
for п in потоки:
    п.join()
инфо = курс.cache_info()
print(инфо)
print(f"{инфо.hits=} {инфо.misses=} {инфо.currsize=}")
print("вызовов функции:", len(вызовы), sorted(вызовы) == sorted((в, 1) for в in валюты))
print("параметры:", курс.cache_parameters())
print("обёртка сохранила имя и doc:", курс.__name__, "|", курс.__doc__, "|", курс.__wrapped__.__name__)

# Вытеснение: maxsize=8, добавляем ещё 6 ключей
for дата in range(2, 8):
    курс("USD", дата)
print("после вытеснения:", курс.cache_info().currsize, курс.cache_info().misses)
вызовы.clear()
курс("EUR", 1)    # EUR/1 давно не использовался — вытеснен?
курс("USD", 7)    # свежий — в кэше
print("повторные вызовы:", вызовы)
курс.cache_clear()
print("после cache_clear:", курс.cache_info())

# typed=True различает 1 и 1.0
@functools.lru_cache(maxsize=None, typed=True)
def квадрат(x):
    return x * x


for x in (3, 3.0, 3, 1, 1.0):
    квадрат(x)
print("typed:", квадрат.cache_info(), квадрат.cache_parameters()["typed"])

# functools.cache = lru_cache(maxsize=None): рекурсия из нескольких потоков
@functools.cache
def фиб(n):
    return n if n < 2 else фиб(n - 1) + фиб(n - 2)


результаты = {}


def считать(n):
    результаты[n] = фиб(n)


ts = [threading.Thread(target=считать, args=(n,)) for n in (30, 60, 90)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print({n: результаты[n] for n in sorted(результаты)})
print("размер кэша фиб:", фиб.cache_info().currsize, фиб.cache_info().maxsize)
try:
    курс(["USD"], 1)
except TypeError as e:
    print("нехэшируемый аргумент:", e)
print(functools.lru_cache(lambda: 5)(), type(курс).__name__)
