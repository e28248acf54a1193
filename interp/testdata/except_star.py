# except*: each clause gets its part of an exception group (a naked
# exception in a group of one), what is left or re-raised goes on in the
# original's shape, what the clauses raise joins it; CPython's errors.
import traceback


def work():
    raise ExceptionGroup("ошибки", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("k")])


try:
    work()
except* ValueError as eg:
    print("values:", repr(eg))
except* (TypeError, KeyError) as eg:
    print("others:", repr(eg), eg.exceptions)

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked caught as", repr(eg))

try:
    try:
        work()
    except* TypeError:
        print("only TypeError handled")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise KeyError("x")
    except* ValueError:
        print("never")
except KeyError as e:
    print("the naked exception passes unchanged:", repr(e))

try:
    try:
        work()
    except* ValueError:
        raise
    except* TypeError as eg:
        raise RuntimeError("в обработчике") from None
except ExceptionGroup as combined:
    print("combined:", repr(combined))
    traceback.print_exc()

for bad in ["ExceptionGroup", "(ValueError, ExceptionGroup)"]:
    try:
        exec(f"try:\n    raise ValueError(1)\nexcept* {bad}:\n    pass\n")
    except TypeError as e:
        print("TypeError:", e)
for src in ["try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept*:\n    pass\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


def inner_ok():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                break
        def f():
            return 5
        print("loop and def inside except* are fine", f())


inner_ok()
try:
    work()
except* ValueError:
    pass
