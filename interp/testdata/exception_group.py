# ExceptionGroup: construction checks, str and repr, split/subgroup/derive,
# and the boxed tracebacks of the traceback module and of an uncaught group.
import traceback
def f():
    raise ValueError("inner")
excs = []
for i in range(2):
    try:
        f()
    except ValueError as e:
        excs.append(e)
excs.append(KeyError("k"))
try:
    raise ExceptionGroup("группа", [ExceptionGroup("nested", [TypeError("t")]), *excs])
except ExceptionGroup as eg:
    traceback.print_exc()
    print(eg.exceptions, eg.args)
    print(eg.split(ValueError))
    print(eg.split((KeyError, TypeError)))
    print(eg.subgroup(lambda e: "inner" in str(e)))
    print(eg.derive([ValueError(1)]))
    print(repr(BaseExceptionGroup("x", [ValueError(1)])), type(BaseExceptionGroup("x", [KeyboardInterrupt()])))
for bad in [("m", []), ("m", 5), (1, [ValueError()]), ("m", [1]), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m")
except TypeError as e:
    print(e)
raise ExceptionGroup("top", [ValueError("v1"), ExceptionGroup("sub", [KeyError("k")])])
