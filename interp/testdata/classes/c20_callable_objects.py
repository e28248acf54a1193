# Вызываемые объекты: __call__, счётчики, мемоизация, стратегии
class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"вызов #{self.calls}: args={args}, kwargs={kwargs}"


class Memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.__name__ = func.__name__

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

    def __repr__(self):
        return f"<Memoize {self.__name__}: {len(self.cache)} значений>"


@Memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Validator:
    def __init__(self, *rules):
        self.rules = rules

    def __call__(self, value):
        errors = [msg for rule, msg in self.rules if not rule(value)]
        return errors or None


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, data):
        for step in self.steps:
            data = step(data)
        return data

    def __or__(self, step):
        return Pipeline(*self.steps, step)


c = Counter()
print(c(1, 2), c(имя="Оля"), c(), c.calls)
print(callable(c), callable(Counter), callable(42), callable(print))
print(fib(30), fib, fib.cache[10])
double, triple = Multiplier(2), Multiplier(3)
print(list(map(double, [1, 2, 3])), sorted([5, -1, 3], key=Multiplier(-1)), triple("ха"))
check = Validator(
    (lambda s: len(s) >= 3, "слишком коротко"),
    (lambda s: s[:1].isupper(), "с маленькой буквы"),
    (lambda s: s.isalpha(), "не только буквы"),
)
for word in ["Москва", "ок", "тверь9", "Я"]:
    print(f"{word!r:10} -> {check(word)}")
p = Pipeline(str.strip, str.lower) | str.split | (lambda ws: [w.capitalize() for w in ws]) | " ".join
print(p("  ПРИВЕТ   большой  МИР  "), len(p.steps))
try:
    Validator()(1, 2)
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    Book = object()
    Book()
except TypeError as e:
    print("TypeError:", e)
handlers = {"+": Multiplier(1), "x2": double, "счёт": c}
for key in sorted(handlers):
    h = handlers[key]
    print(key, type(h).__name__, h(7) if not isinstance(h, Counter) else h(7)[:8])
