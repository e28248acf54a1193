# Иерархия исключений: свои классы с полями, raise from None, __cause__/__context__, add_note, повторный raise
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ValidationError(AppError):
    code = 10


class NotFound(AppError, LookupError):
    code = 44


class Conflict(AppError):
    code = 49


USERS = {"анна": 30, "борис": 17}


def find(name):
    try:
        return USERS[name]
    except KeyError:
        raise NotFound(f"нет пользователя {name!r}") from None


def check_age(name):
    age = find(name)
    try:
        if age < 18:
            raise ValueError(f"возраст {age} меньше 18")
    except ValueError as e:
        raise ValidationError("проверка не пройдена", detail=name) from e
    return age


for who in ["анна", "борис", "вера"]:
    try:
        print(who, "->", check_age(who))
    except AppError as e:
        print(type(e).__name__, "|", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
        print("   isinstance LookupError:", isinstance(e, LookupError), "mro:", [c.__name__ for c in type(e).__mro__][:4])

try:
    try:
        {}["ключ"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("context:", type(e.__context__).__name__, e.__context__, "cause:", e.__cause__)


def risky(n):
    if n == 2:
        raise Conflict("конфликт версий", detail=f"n={n}")
    return n


results = []
for n in range(4):
    try:
        results.append(risky(n))
    except Conflict as e:
        e.add_note("повторите позже")
        results.append(e.__notes__)
        print("args:", e.args, "code:", e.code)
    else:
        results.append("ok")
    finally:
        results.append("·")
print(results)


def reraiser():
    try:
        raise ValidationError("первая")
    except ValidationError:
        print("  логирую и пробрасываю")
        raise


try:
    reraiser()
except AppError as e:
    print("поймано снаружи:", e, e.__traceback__ is not None)

errors = [ValidationError("a"), NotFound("b"), Conflict("c"), AppError("d")]
print(sorted((e.code, type(e).__name__) for e in errors))
print([issubclass(type(e), LookupError) for e in errors])
try:
    raise AppError("без деталей") from ValueError("корень")
except AppError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
e = NotFound("x", detail="y")
print(repr(e), e.args, str(e))


class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(f"после {attempts} попыток")

    def __reduce__(self):
        return (Retry, (self.attempts,))


print(Retry(3), Retry(3).args, Retry(5).attempts)
