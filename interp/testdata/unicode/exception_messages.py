# Exceptions with non-ASCII messages: str, repr, args and tracebacks.
def check(v):
    if not v:
        raise ValueError("пустое значение: " + repr(v))
    return v[0]


for v in ["ёж", "", []]:
    try:
        print(check(v))
    except ValueError as e:
        print(str(e), repr(e), e.args[0][0], e.args[0][-2:])
    except IndexError as e:
        print("IndexError:", e)
try:
    raise KeyError("ключ")
except KeyError as e:
    print(e, repr(e), str(e)[1])
raise RuntimeError("Ошибка в потоке «Рабочий»")
