# An error raised while matching a class pattern, uncaught.
class P:
    pass


def f(v):
    match v:
        case {"a": x}:
            return 1 / x
        case P(1):
            return "p"


print(f({"a": 2}))
try:
    f({"a": 0})
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
f(P())
