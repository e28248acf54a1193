# __suppress_context__, and setting __cause__ / __context__, as CPython.
class Wrapped(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = "kept"


def convert():
    try:
        {}["missing"]
    except KeyError:
        raise LookupError("not found") from None


try:
    convert()
except LookupError as e:
    print(e.__suppress_context__, e.__cause__, repr(e.__context__))
    try:
        e.__suppress_context__ = 0
    except TypeError as err:
        print(err)
    e.__suppress_context__ = False
    print(e.__suppress_context__)

print(ValueError().__suppress_context__, ValueError().__cause__, ValueError().__context__)
try:
    try:
        raise Wrapped("inner")
    except Wrapped as w:
        raise RuntimeError("outer") from w
except RuntimeError as e:
    print(e.__suppress_context__, type(e.__cause__).__name__, e.__cause__.extra, e.__cause__ is e.__context__)
    e.__cause__ = None
    print(e.__suppress_context__, e.__cause__, repr(e.__context__))
    e.__cause__ = TypeError("new")
    e.__context__ = None
    print(repr(e.__cause__), e.__context__)
    for name in ("__cause__", "__context__"):
        try:
            setattr(e, name, 3)
        except TypeError as err:
            print(err)

x = ValueError("x")
x.__cause__ = KeyError("k")
print(x.__suppress_context__, repr(x.__cause__))
try:
    raise x
except ValueError as e:
    print(e is x, e.__suppress_context__, repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("plain")
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, type(e.__context__).__name__)
