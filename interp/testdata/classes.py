# class hierarchies, super() chains and special methods
class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def describe(self):
        return f"Base({self.name})"


class Middle(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level

    def describe(self):
        return "Middle<" + super().describe() + ">"


class Leaf(Middle):
    def describe(self):
        return "Leaf<" + super().describe() + ">"


leaf = Leaf("x", 2)
print(leaf.describe(), leaf.level, Base.count, type(leaf).__name__)
print([c.__name__ for c in Leaf.__mro__])


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        return f"Money({self.amount})"

    def __str__(self):
        return f"{self.amount:.2f} руб."

    def __eq__(self, other):
        return self.amount == other.amount

    def __lt__(self, other):
        return self.amount < other.amount

    def __hash__(self):
        return hash(self.amount)


wallet = [Money(5), Money(1.5), Money(3)]
print(sorted(wallet), min(wallet), str(max(wallet)))
print(Money(2) == Money(2), Money(2) != Money(3), len({Money(1), Money(1)}))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.fahrenheit, Temperature.unit(), Temperature.freezing().fahrenheit)
t.fahrenheit = 32
print(t._c)


class Tracker:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)
        return False


with Tracker() as tr:
    print("inside", type(tr).__name__)


class Err(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise Err(7)
except Err as e:
    print(e, e.code, e.args, isinstance(e, Exception))


def deco(fn):
    def wrapper(*args):
        return "<" + fn(*args) + ">"
    return wrapper


@deco
def hello(n):
    return "hi " + n


print(hello("Ann"))
