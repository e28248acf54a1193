# Flyweight colours through __new__ with a cache, __eq__/__hash__ in sets
# and dict keys (equal objects collapse, unhashable after __eq__ alone),
# properties with setters and deleters, and __format__ specs.
class Colour:
    _cache = {}

    def __new__(cls, r, g, b):
        key = (cls, r, g, b)
        if key not in cls._cache:
            print(f"  new {cls.__name__}{(r, g, b)}")
            obj = super().__new__(cls)
            obj._rgb = (r, g, b)
            cls._cache[key] = obj
        return cls._cache[key]

    def __init__(self, r, g, b):
        self.inits = getattr(self, "inits", 0) + 1

    @property
    def hex(self):
        return "#{:02x}{:02x}{:02x}".format(*self._rgb)

    @hex.setter
    def hex(self, value):
        raise AttributeError("colours are shared; make a new one")

    def __format__(self, spec):
        if spec == "hex":
            return self.hex
        if spec.startswith("rgb"):
            sep = spec[3:] or ","
            return sep.join(map(str, self._rgb))
        return format(repr(self), spec)

    def __repr__(self):
        return f"{type(self).__name__}{self._rgb}"


class Alpha(Colour):
    pass


red = Colour(255, 0, 0)
again = Colour(255, 0, 0)
print(red is again, red.inits, Alpha(255, 0, 0) is red, len(Colour._cache))
print(f"{red:hex} {red:rgb} {red:rgb/} {red:>20}|{red:^22}|")
try:
    red.hex = "#000000"
except AttributeError as e:
    print("AttributeError:", e)
print({red, again, Colour(0, 0, 255)} == {Colour(0, 0, 255), red}, {red: 1}[again])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


print(Point.__hash__, HPoint(1, 2) in {HPoint(1, 2)}, len({HPoint(0, 0), HPoint(0, 0), HPoint(0, 1)}))
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        """Current balance in kopecks."""
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f"  closing {self.owner}'s account")
        del self._balance


acc = Account("Ольга")
acc.balance = 500
acc.balance += 250
print(acc.balance, Account.balance.__doc__, type(Account.balance).__name__)
try:
    acc.balance = -1
except ValueError as e:
    print("ValueError:", e)
del acc.balance
try:
    acc.balance
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(acc, "balance"), vars(acc))
prop = Account.balance
print(prop.fget.__name__, prop.fset is not None, prop.fdel.__qualname__)
ro = property(lambda self: 42)
Account.answer = ro
try:
    acc.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
print(acc.answer)
