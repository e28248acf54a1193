# The caret line under an operator that follows a parenthesis: the
# traceback module and the interpreter's own printing (uncaught errors,
# threads) place it differently, as CPython 3.11 does.
import sys
import traceback

sys.stderr = sys.stdout


def run(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


def floor_spaced(a, b):
    return (a + 1) // b


def floor_tight(a, b):
    return (a)//b


def div_half(a, b):
    return (a)/ b


def pow_spaced(a, b):
    return ( a ) ** b


def nested(a, b):
    return ((a - 1) * 2) % b


for f in (floor_spaced, floor_tight, div_half, pow_spaced, nested):
    run(f, 1, 0 if f is not pow_spaced else "x")
sys.stderr = sys.__stderr__

floor_spaced(2, 0)
