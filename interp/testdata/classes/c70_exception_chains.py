# Исключения: __str__, дополнительные атрибуты, raise from, __cause__/__context__, заметки, группы
import traceback


class AppError(Exception):
    code = 100

    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.field = field

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" (поле {self.field!r})" if self.field else "")


class ConfigError(AppError):
    code = 200


def load(raw):
    try:
        key, value = raw.split("=")
    except ValueError as e:
        raise ConfigError(f"строка {raw!r} без '='", field="raw") from e
    try:
        return key.strip(), int(value)
    except ValueError:
        raise AppError("значение не число", field=key.strip())


for raw in ["порог = 5", "порог", "лимит = много"]:
    try:
        print(load(raw))
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
        print("   cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("замена") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

err = AppError("проверка")
print(str(err), err.code, err.field, isinstance(err, Exception), AppError.__mro__[1].__name__)
err.add_note("заметка 1")
err.add_note("заметка 2")
print(err.__notes__)
print("".join(traceback.format_exception_only(type(err), err)), end="")


class Empty(Exception):
    pass


for e in (Empty(), Empty("один"), Empty("a", 2), KeyError("ключ"), KeyError(), OSError(2, "нет файла")):
    print(f"{type(e).__name__:<8} str={str(e)!r:<22} repr={e!r} args={e.args}")


def risky(n):
    if n % 2:
        raise ValueError(f"нечётное {n}")
    if n > 2:
        raise TypeError(f"большое {n}")
    return n


errors = []
for n in range(5):
    try:
        risky(n)
    except (ValueError, TypeError) as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
try:
    try:
        raise KeyError("первая")
    finally:
        print("finally видит ошибку")
except KeyError as e:
    print("поймали", e)


def cleanup():
    try:
        return "из try"
    finally:
        print("finally перед return")


print(cleanup())
e = ConfigError("финал", field="x")
raise e from KeyError("корень")
