# The default threading.excepthook adds CPython 3.11's "Did you mean"
# suggestion; each case runs in a thread whose report goes to a StringIO,
# and the last line of the report is printed.
import io
import math
import sys
import threading

counter = 0
lock = threading.Lock()
other = threading.Thread(target=print)
Вася = 1


class Point:
    def __init__(self):
        self.x_coord = 1
        self.y_coord = 2

    def distance(self):
        return 0

    def method_name(self):
        return x_coord


class Wide:
    pass


wide = Wide()
for i in range(800):
    setattr(wide, "attr%d" % i, i)

fewer = Wide()
for i in range(600):
    setattr(fewer, "attr%d" % i, i)


class Dynamic:
    def __getattr__(self, name):
        raise AttributeError(name)

    def present(self):
        pass


class MyAttributeError(AttributeError):
    pass


def local_name():
    number_of_items = 3
    return number_of_itmes


def param_name(first_value, *rest, **options):
    return first_valeu


def case_local():
    Value = 1
    return value


def outer_cell():
    captured_value = 1

    def inner():
        return captured_value
    return captured_valu


def in_method_caller():
    return Point().method_name()


def comprehension():
    items = [1]
    return [itme for item in items]


def comprehension_iterable():
    items = [1]
    return [item for item in itmes]


def builtin_name():
    prnt("x")


def global_name():
    return countr


def unbound_local():
    print(total)
    total = 1


def far_name():
    return zzzzqqqq


def case_only():
    Print("x")


def cyrillic():
    return Вася2


def long_names():
    a_very_long_variable_name_that_goes_past_forty_chars = 1
    return a_very_long_variable_name_that_goes_past_forty_charz


def tie():
    abd = 1
    abf = 2
    return abe


cases = [
    local_name, lambda: param_name(1), builtin_name, case_local, outer_cell,
    in_method_caller, comprehension, comprehension_iterable, lambda: undefind_nme, global_name, unbound_local,
    far_name, case_only, cyrillic, long_names, tie,
    lambda: Point().x_cord,
    lambda: Point().distanse,
    lambda: math.sqr,
    lambda: math.PI,
    lambda: [].apend,
    lambda: "".uper,
    lambda: {}.iterms,
    lambda: wide.attr1x,
    lambda: fewer.attr1x,
    lambda: Dynamic().presnt,
    lambda: Point().qqqqqqqq,
    lambda: other.nme,
    lambda: lock.acquir,
    lambda: (lambda value: valeu)(1),
]


def user_raised():
    raise AttributeError("x_cord")


def subclass_raised():
    raise MyAttributeError("'Point' object has no attribute 'x_cord'")


cases += [user_raised, subclass_raised]

real_stderr = sys.stderr
for case in cases:
    buf = io.StringIO()
    sys.stderr = buf
    t = threading.Thread(target=case)
    t.start()
    t.join()
    sys.stderr = real_stderr
    print(buf.getvalue().splitlines()[-1])
