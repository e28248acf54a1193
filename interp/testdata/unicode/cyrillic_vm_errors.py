# The VM's errors about Cyrillic names (missing attributes of builtin values,
# keyword arguments, unbound locals) get CPython's exceptions and words.
def функция(а, б=1):
    return а
def счёт():
    x = итог
    итог = 1
for f in [lambda: функция(1, в=2), lambda: функция(), lambda: функция(1, а=2), lambda: счёт(), lambda: неизвестное, lambda: [].нет, lambda: (1).ё, lambda: setattr([], "поле", 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
