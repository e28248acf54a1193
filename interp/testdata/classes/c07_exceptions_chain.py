# Иерархия исключений приложения: args/str/repr, raise ... from ..., __cause__/__context__
import traceback


class AppError(Exception):
    """Базовая ошибка приложения."""
    code = 1

    def __init__(self, message, *, field=None):
        super().__init__(message)
        self.field = field

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" (поле: {self.field})" if self.field else "")


class ValidationError(AppError):
    code = 2


class NotFoundError(AppError, LookupError):
    code = 3


class ConfigError(AppError):
    code = 4

    def __init__(self, key, value):
        super().__init__(f"плохое значение {value!r} для ключа {key!r}")
        self.key = key
        self.value = value

    def __reduce__(self):
        return (type(self), (self.key, self.value))


def parse_age(text):
    try:
        age = int(text)
    except ValueError as e:
        raise ValidationError(f"возраст не число: {text!r}", field="age") from e
    if age < 0:
        raise ValidationError("возраст отрицательный", field="age")
    return age


def find(users, name):
    try:
        return users[name]
    except KeyError:
        raise NotFoundError(f"пользователь {name} не найден")


users = {"анна": 31, "борис": 45}
for raw in ["42", "сорок", "-3"]:
    try:
        print("возраст:", parse_age(raw))
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, "|", e.field)
        print("  cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

try:
    find(users, "вера")
except LookupError as e:
    print("LookupError поймал:", e, type(e).__mro__[1:3])
    print("  context:", repr(e.__context__), "cause:", e.__cause__)

e = ConfigError("порт", "восемьдесят")
print(e, e.args, e.key, isinstance(e, Exception), issubclass(ConfigError, AppError))
print(AppError.__doc__, ValidationError.__doc__)

errors = [ValidationError("a"), NotFoundError("b"), ConfigError("k", 1), AppError("c")]
print(sorted(type(x).__name__ for x in errors), [x.code for x in errors])

try:
    try:
        raise ConfigError("таймаут", None)
    except ConfigError as inner:
        raise RuntimeError("не удалось загрузить конфиг") from inner
except RuntimeError as outer:
    lines = traceback.format_exception(type(outer), outer, outer.__traceback__)
    print(lines[-1], end="")
    print(any("direct cause" in line for line in lines))
    print(traceback.format_exception_only(type(outer.__cause__), outer.__cause__))

try:
    raise ValidationError("тихо") from None
except AppError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)

e = AppError()  if False else AppError("пусто")
e.add_note("заметка")
print(e.__notes__)


def process(values):
    total = 0
    for v in values:
        try:
            total += parse_age(v)
        except ValidationError as err:
            raise AppError(f"обработка прервана на {v!r}") from err
    return total


print(process(["1", "2"]))
process(["10", "x"])
