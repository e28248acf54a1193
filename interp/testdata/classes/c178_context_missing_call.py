# Контекстные менеджеры, подавляющие исключения; __missing__; вызываемые объекты
from collections import defaultdict, Counter


class Подавить:
    def __init__(self, *типы, журнал=None):
        self.типы = типы
        self.журнал = журнал if журнал is not None else []

    def __enter__(self):
        self.журнал.append("вход")
        return self

    def __exit__(self, тип, значение, трассировка):
        self.журнал.append(f"выход {тип.__name__ if тип else None}")
        if тип is not None and issubclass(тип, self.типы):
            self.последнее = значение
            return True
        return None


ж = []
with Подавить(ZeroDivisionError, KeyError, журнал=ж) as п:
    1 / 0
print(ж, type(п.последнее).__name__, п.последнее)
with Подавить(KeyError, журнал=ж) as п:
    {}["нет"]
    print("не выполнится")
print(ж[-1], repr(п.последнее), п.последнее.args)
try:
    with Подавить(KeyError, журнал=ж):
        int("x")
except ValueError as e:
    print("ValueError прошла:", e, ж[-1])


def функция():
    for i in range(5):
        with Подавить(StopIteration):
            if i == 2:
                return f"вернули {i}"
            if i == 1:
                continue
    return "конец"


print(функция())


class Транзакция:
    def __init__(self, имя):
        self.имя = имя

    def __enter__(self):
        print(f"  BEGIN {self.имя}")
        return self.имя

    def __exit__(self, *exc):
        print(f"  {'ROLLBACK' if exc[0] else 'COMMIT'} {self.имя}", exc[0].__name__ if exc[0] else "")
        return False


try:
    with Транзакция("внешняя") as a, Транзакция("внутренняя") as b:
        print("  работа", a, b)
        raise RuntimeError("сбой")
except RuntimeError as e:
    print("поймано:", e)


class Частоты(dict):
    def __missing__(self, ключ):
        print(f"  __missing__({ключ!r})")
        if isinstance(ключ, str) and ключ.lower() != ключ:
            return self[ключ.lower()]
        return 0


ч = Частоты(мир=3)
print(ч["мир"], ч["МИР"], ч["новое"], ч.get("новое", "get не вызывает"), "новое" in ч, len(ч))
ч["а"] += 1
print(ч, dict(ч))


class ДефолтСловарь(dict):
    def __init__(self, фабрика):
        super().__init__()
        self.фабрика = фабрика

    def __missing__(self, k):
        self[k] = v = self.фабрика()
        return v


д = ДефолтСловарь(list)
д["x"].append(1)
д["x"].append(2)
д["y"]
print(д, list(д), д.фабрика)
слова = "мама мыла раму мама".split()
dd = defaultdict(int)
for с in слова:
    dd[с] += 1
print(dict(dd), dd["нет"], dict(dd), Counter(слова).most_common(1), Counter(слова)["нет"])


class Умножитель:
    вызовов = 0

    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, прибавить=0):
        Умножитель.вызовов += 1
        return x * self.k + прибавить


удвоить = Умножитель(2)
print(удвоить(5), удвоить(5, прибавить=1), list(map(удвоить, [1, 2, 3])), sorted([3, -1, 2], key=Умножитель(-1)), callable(удвоить), callable(Умножитель), Умножитель.вызовов)
try:
    удвоить(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Подавить()()
except TypeError as e:
    print("TypeError:", e)
