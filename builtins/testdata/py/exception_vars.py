# vars(exc) and exc.__dict__: the attributes set on an exception, in
# the order they were first set, as the exception's own dict.
class ОшибкаПриложения(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
        self.детали = "нет"


e = ОшибкаПриложения("сбой", 42)
print(vars(e))
print(e.__dict__, e.__dict__ is vars(e))
e.extra = [1]
e.code = 43
print(vars(e), e.__dict__["code"])
try:
    raise ОшибкаПриложения("x", 1)
except ОшибкаПриложения as err:
    print(vars(err), err.args, str(err))
print(vars(ValueError("v")), ValueError("v").__dict__)
k = KeyError("k")
k.note = 1
print(k.__dict__)
e.__dict__["injected"] = 5
print(e.injected, "injected" in vars(e))
n = RuntimeError("with note")
n.add_note("первая заметка")
print(vars(n))


class Plain(Exception):
    pass


print(Plain().__dict__, Plain("a", "b").args)


def describe(exc):
    return f"{type(exc).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(exc).items())})"


print(describe(e))
try:
    vars(5)
except TypeError as err:
    print("TypeError:", err)
