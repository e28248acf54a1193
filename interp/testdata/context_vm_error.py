# An error that the VM raises (1 / 0, a missing key, an index) inside an
# except block gets the handled exception as its __context__, as one
# raised by a raise statement does.
def divide_after_miss(d):
    try:
        return d["ключ"]
    except KeyError:
        return 1 / 0


try:
    divide_after_miss({})
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)

try:
    try:
        [][3]
    except IndexError as first:
        {}["нет"]
except KeyError as e:
    print(repr(e.__context__), e.__context__ is not None)


def matcher():
    raise RuntimeError("в самом except")


try:
    try:
        int("x")
    except ValueError:
        matcher()
except RuntimeError as e:
    print(repr(e.__context__))

try:
    try:
        None.attr
    except AttributeError:
        undefined_name
except NameError as e:
    print(type(e.__context__).__name__, str(e.__context__))
