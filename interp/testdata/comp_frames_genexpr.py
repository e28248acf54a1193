# A generator expression consumed lazily shows its <genexpr> frame under
# the consumer's line, whose caret spans the consuming call; a
# comprehension inside a generator expression or a lambda has its own
# frame too.
import sys
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        traceback.print_exc(file=sys.stdout)


def summed(xs):
    return sum(1 / x for x in xs)


def parenthesized(xs):
    return sum((1 / x for x in xs))


def later(xs):
    g = (1 / x for x in xs)
    return list(g)


def comp_in_genexpr(rows):
    return list(sum([1 / x for x in r]) for r in rows)


def genexpr_in_comp(rows):
    return [max(1 // x for x in r) for r in rows]


def dict_in_lambda(xs):
    f = lambda: {x: x[0] for x in xs}
    return f()


show(summed, [1, 0])
show(parenthesized, [0])
show(later, [0])
show(comp_in_genexpr, [[1], [0]])
show(genexpr_in_comp, [[1], [0]])
show(dict_in_lambda, ["a", ""])
