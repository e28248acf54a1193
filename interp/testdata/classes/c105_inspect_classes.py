import inspect


class Сервис:
    """Сервис доставки.

    Хранит заказы и считает стоимость.
    """

    тариф = 100

    def __init__(self, город, *, скидка=0):
        self.город = город
        self.скидка = скидка

    def стоимость(self, вес, срочно=False, *опции, **параметры):
        """Стоимость доставки."""
        цена = self.тариф * вес
        return цена * 2 if срочно else цена

    @staticmethod
    def валюта():
        return "руб."

    @classmethod
    def из_строки(cls, текст):
        return cls(текст.strip())

    @property
    def описание(self):
        return f"доставка: {self.город}"

    def _внутренний(self):
        pass


сигн = inspect.signature(Сервис.стоимость)
print(сигн)
for имя, п in сигн.parameters.items():
    print(f"  {имя:<10}{str(п.kind):<22}{п.default!r}")
print(inspect.signature(Сервис.__init__), inspect.signature(Сервис))
print(inspect.signature(Сервис("Тула").стоимость))
b = сигн.bind(None, 5, True, "упаковка", этаж=3)
print(b.arguments)
try:
    сигн.bind(None)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(Сервис))
print(inspect.getdoc(Сервис.стоимость))
print(inspect.isclass(Сервис), inspect.isfunction(Сервис.стоимость), inspect.ismethod(Сервис("x").стоимость))
print(inspect.ismethod(Сервис.из_строки), inspect.isfunction(Сервис.валюта))
методы = [имя for имя, _ in inspect.getmembers(Сервис, inspect.isfunction) if not имя.startswith("__")]
print(методы)
print([имя for имя, v in inspect.getmembers(Сервис("Омск")) if not имя.startswith("_") and not callable(v)])


def декоратор(f):
    import functools

    @functools.wraps(f)
    def обёртка(*args, **kwargs):
        return f(*args, **kwargs)

    return обёртка


@декоратор
def сложить(a: int, b: int = 2) -> int:
    return a + b


print(сложить.__name__, сложить.__wrapped__.__name__, inspect.unwrap(сложить) is сложить.__wrapped__)
print(inspect.signature(lambda x, *, y=1: None))
print(inspect.isgeneratorfunction(Сервис.стоимость), inspect.isroutine(len), inspect.isbuiltin(len))
print(inspect.getmodule(Сервис).__name__, inspect.isabstract(Сервис))
