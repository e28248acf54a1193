"""Живой словарь глобальных имён."""
# globals() is the module's own dict: the same at each call, in
# CPython's order, and a store into it binds the global.
print(list(globals())[:9])
print(globals() is globals(), type(globals()).__name__)
print(globals()["__name__"], globals()["__doc__"], globals()["__package__"])
print(__spec__ is None if "__spec__" in globals() else "no spec")

globals()["новая"] = "значение"
print(новая, "новая" in globals(), globals().get("новая"), globals().get("нет"))

globals().update(alpha=1, beta=2)
print(alpha + beta)
for i in range(3):
    globals()[f"var{i}"] = i * i
print(var0, var1, var2)

счётчик = 0


def bump():
    globals()["счётчик"] += 1


bump()
bump()
print(счётчик)


def команда_старт():
    return "старт"


def команда_стоп():
    return "стоп"


for имя in ("старт", "стоп"):
    print(globals()["команда_" + имя]())
handlers = {n[len("команда_"):]: f for n, f in globals().items() if n.startswith("команда_")}
print(sorted(handlers))

g = globals()
g["w"] = 1
print(w)
del g["w"]
try:
    print(w)
except NameError as e:
    print("NameError:", e)

exec("exec_made = 42", globals())
print(exec_made, globals()["exec_made"])
print(globals().setdefault("sd", 5), sd)
print(eval("alpha * 10", globals()))
print([k for k in globals() if not k.startswith("__")])
