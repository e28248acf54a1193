# Private names in a class body (attributes, class variables, defs,
# parameters, nested classes) are mangled to _Class__name; dunder names
# and names outside the class are not.
class _Base:
    __kind = "база"

    def __init__(self, __value=1):
        self.__value = __value
        self.__dict__["__raw"] = 0

    def __helper(self):
        return self.__value * 2

    def show(self):
        return self.__kind, self.__helper(), getattr(self, "__raw")

    class __Inner:
        __deep = 3

        def get(self):
            return self.__deep


class Child(_Base):
    __kind = "ребёнок"

    def both(self):
        return self.__kind, self._Base__kind

    def broken(self):
        return self.__value


c = Child(5)
print(c.show(), c.both(), sorted(k for k in vars(c)), sorted(k for k in vars(_Base) if "__" in k[1:-2]))
print(_Base._Base__Inner().get(), _Base._Base__Inner._Inner__deep, c._Base__helper())
try:
    c.broken()
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.__value
except AttributeError as e:
    print("AttributeError:", e)


class ___:
    __x = 1


print(hasattr(___, "__x"), ___.__name__)
