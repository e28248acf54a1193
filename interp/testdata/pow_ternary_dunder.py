# pow(x, y, mod) calls x.__pow__(y, mod), never __rpow__; without a
# method the TypeError names all three types.
class Кольцо:
    def __init__(self, v):
        self.v = v

    def __pow__(self, n, mod=None):
        r = self.v ** n
        return Кольцо(r if mod is None else r % mod)

    def __rpow__(self, other, mod=None):
        return "rpow"

    def __repr__(self):
        return f"Кольцо({self.v})"


class Отказ:
    def __pow__(self, n, mod=None):
        return NotImplemented


print(pow(Кольцо(3), 4), pow(Кольцо(3), 4, 5), Кольцо(2) ** 10, 2 ** Кольцо(3))
for args in [(Отказ(), 2, 3), (2, Кольцо(3), 5), (2, 3, Кольцо(5)), (2.0, 2, 3), (2, 2, 3.0),
             ("a", 2, 3), (True, 2, 3), (2, 3, 0)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
