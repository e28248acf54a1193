# When the right operand's class is a proper subclass of the left's, its
# reflected method runs first: for comparisons always, for arithmetic
# only if the subclass overrides the reflected method; a method that
# answered first is not called again.
class База:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __eq__(self, o):
        print("   База.__eq__")
        return NotImplemented

    def __lt__(self, o):
        print("   База.__lt__")
        return self.v < o.v

    def __add__(self, o):
        print("   База.__add__")
        return База(self.v + o.v)

    def __radd__(self, o):
        print("   База.__radd__")
        return NotImplemented

    def __mul__(self, o):
        print("   База.__mul__")
        return NotImplemented


class Потомок(База):
    def __eq__(self, o):
        print("   Потомок.__eq__")
        return NotImplemented

    def __gt__(self, o):
        print("   Потомок.__gt__")
        return NotImplemented

    def __radd__(self, o):
        print("   Потомок.__radd__")
        return NotImplemented

    def __rmul__(self, o):
        print("   Потомок.__rmul__")
        return Потомок(self.v * o.v)


class Тихий(База):
    pass


б, п, т = База(2), Потомок(3), Тихий(4)
for expr in ["б == п", "п == б", "б != п", "б < п", "б + п", "п + б", "б * п", "б + т", "б < т", "т < б", "п * п"]:
    print(expr)
    try:
        print("  =", eval(expr))
    except TypeError as e:
        print("  TypeError:", e)
