# x ** y calls x.__pow__(y), then y.__rpow__(x); NotImplemented from
# both, or two operands of one class, is CPython's TypeError.
class V:
    def __init__(self, n):
        self.n = n

    def __pow__(self, k):
        if isinstance(k, int):
            return V(self.n ** k)
        return NotImplemented

    def __rpow__(self, base):
        return V(base ** self.n)

    def __repr__(self):
        return f"V({self.n})"


print(V(3) ** 2, 2 ** V(5), pow(V(4), 2))
for a, b in [(V(1), "x"), (V(2), V(3))]:
    try:
        a ** b
    except TypeError as e:
        print("TypeError:", e)
x = V(2)
x **= 3
print(x)
