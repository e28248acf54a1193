# Errors that name a non-ASCII identifier (PEP 3131) read as CPython's:
# NameError, UnboundLocalError, AttributeError on any object, and a
# call's unexpected or missing keyword argument.
def f(*a):
    return a


def g(имя):
    return имя


class Кот:
    __slots__ = ("имя",)


cases = ["неизвестное", "f(имя=1)", "g()", "g(1, имя=2)", "object().поле", "int.поле",
         "Exception().поле", "(1).поле", "''.поле", "ExceptionGroup('m', [ValueError()]).поле",
         "Кот().возраст", "Кот.возраст", "[].длина"]
for src in cases:
    try:
        print(src, "->", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)


def h():
    print(локальная)
    локальная = 1


for action in (h, lambda: setattr(Кот(), "возраст", 1), lambda: setattr(1, "поле", 2)):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

eg = ExceptionGroup("анкеты", [KeyError("а"), ValueError("б")])
try:
    eg.split(lambda e: e.поле == 1)
except AttributeError as e:
    print("split:", e)
