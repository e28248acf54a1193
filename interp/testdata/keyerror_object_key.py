# A KeyError for a key that is a user object carries the object itself,
# and its message and an exception's repr show the arguments' own
# __repr__.
class R:
    def __repr__(self):
        return "R()"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Точка({self.x}, {self.y})"


key = R()
try:
    {}[key]
except KeyError as e:
    print("KeyError", e, repr(e), e.args[0] is key)
grid = {Point(0, 0): "начало"}
print(grid[Point(0, 0)])
for p in (Point(1, 2), Point(0, 0)):
    try:
        print(grid[p])
    except KeyError as e:
        print("нет ключа:", e, repr(e), e.args[0] is p)
print(repr(ValueError(R(), 1)), [KeyError(R())], repr(ValueError()))
