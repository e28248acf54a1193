# Positional-only parameters (before '/'): a keyword of the same name
# is an error, or goes to **kwargs; inspect shows the '/'.
import inspect


def power(base, exp=2, /, *, mod=None):
    "Возводит base в степень exp."
    r = base ** exp
    return r % mod if mod else r


print(power(3), power(3, 3), power(3, 3, mod=5), power.__doc__)
print(power.__defaults__, power.__kwdefaults__)
print(inspect.signature(power))

for call in [
    lambda: power(base=2),
    lambda: power(2, exp=3),
    lambda: power(base=2, exp=3),
    lambda: power(),
    lambda: power(2, 3, 4),
    lambda: power(2, modulo=3),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def record(name, /, **fields):
    return name, fields


print(record("Иван", name="Пётр", age=30))


class Vector:
    def __init__(self, x, y, /):
        self.x, self.y = x, y

    def __add__(self, other, /):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k, /, *, round_to=None):
        v = Vector(self.x * k, self.y * k)
        return v

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


print(Vector(1, 2) + Vector(3, 4), Vector(1, 2).scaled(3))
try:
    Vector(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Vector(1, 2).scaled(k=2)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(Vector.scaled), inspect.signature(Vector))


def counter(start, /):
    def step():
        nonlocal start
        start += 1
        return start
    return step


s = counter(5)
print(s(), s())


def rows(n, /):
    for i in range(n):
        yield i * i


print(list(rows(4)))
print(power(base=2))
