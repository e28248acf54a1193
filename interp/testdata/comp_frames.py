# An exception inside a comprehension shows the comprehension's own
# frame (<listcomp>, <setcomp>, <dictcomp>, <genexpr>), as CPython 3.11
# does, under the whole comprehension in the frame that ran it.
import sys
import threading
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        traceback.print_exc(file=sys.stdout)


def listcomp(xs):
    return [1 / x for x in xs]


def setcomp(xs):
    return {10 // x for x in xs}


def dictcomp(xs):
    return {x: 1 % x for x in xs}


def nested(rows):
    return [[1 / x for x in row] for row in rows]


def first_iterable(xs):
    return [x for x in 1 / xs]


def in_condition(xs):
    return [x for x in xs if 1 / x]


def lazy(xs):
    return sum(1 / x for x in xs)


def lambda_in(xs):
    return [(lambda: 1 / x)() for x in xs]


def comp_in_lambda(xs):
    return (lambda: [x.nope for x in xs])()


def multiline(xs):
    return [
        1 / x
        for x in xs
    ]


def called(xs):
    return [int(x) for x in xs]


show(listcomp, [1, 0])
show(setcomp, [1, 0])
show(dictcomp, [1, 0])
show(nested, [[1], [0]])
show(first_iterable, 0)
show(in_condition, [1, 0])
show(lazy, [1, 0])
show(lambda_in, [1, 0])
show(comp_in_lambda, [1])
show(multiline, [0])
show(called, ["1", "x"])
print(traceback.format_exc())
try:
    [1 / x for x in [0]]
except ZeroDivisionError:
    print(traceback.format_exc())
t = threading.Thread(target=listcomp, args=([0],))
t.start()
t.join()
dictcomp([0])
