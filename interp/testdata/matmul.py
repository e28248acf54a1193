# a @ b calls __matmul__, then the right operand's __rmatmul__; it binds
# like * and a decorator's @ is unaffected.
import functools


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        if isinstance(other, M):
            return M(self.v * other.v)
        return NotImplemented

    def __rmatmul__(self, other):
        return M(other * self.v)

    def __repr__(self):
        return f"M({self.v})"


@functools.lru_cache()
def make(n):
    return M(n)


print(make(2) @ make(3), 4 @ M(5), M(1) + M(2) if False else M(2) @ M(3) @ M(4))
print(2 * 3 @ M(1), M(2) @ M(3) * 1 if False else None)
for x, y in [(M(1), "с"), (1, 2), ([1], M(1) if False else {})]:
    try:
        x @ y
    except TypeError as e:
        print("TypeError:", e)
