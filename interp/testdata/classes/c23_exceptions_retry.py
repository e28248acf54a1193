# Повторные попытки и иерархия сетевых ошибок: finally, else, повторный raise, контекст
import traceback


class NetworkError(Exception):
    def __init__(self, host, attempt):
        super().__init__(host, attempt)
        self.host = host
        self.attempt = attempt

    def __str__(self):
        return f"{self.host}: попытка {self.attempt} не удалась"


class TimeoutError_(NetworkError):
    pass


class RefusedError(NetworkError):
    retryable = False


NetworkError.retryable = True


class Client:
    def __init__(self, plan):
        self.plan = list(plan)
        self.log = []

    def fetch(self, host, attempt):
        outcome = self.plan.pop(0)
        self.log.append((host, attempt, outcome))
        if outcome == "timeout":
            raise TimeoutError_(host, attempt)
        if outcome == "refused":
            raise RefusedError(host, attempt)
        return f"данные с {host}"


def with_retry(client, host, tries=3):
    last = None
    for attempt in range(1, tries + 1):
        try:
            result = client.fetch(host, attempt)
        except NetworkError as e:
            last = e
            print(f"  {type(e).__name__}: {e} (повторять: {e.retryable})")
            if not e.retryable:
                raise
        else:
            print("  успех на попытке", attempt)
            return result
        finally:
            print("  finally", attempt)
    raise RuntimeError(f"{host}: все {tries} попытки исчерпаны") from last


print(with_retry(Client(["timeout", "ok"]), "ya.ru"))
try:
    with_retry(Client(["timeout", "refused", "ok"]), "mail.ru")
except RefusedError as e:
    print("отказ:", e, e.args, isinstance(e, NetworkError))
try:
    with_retry(Client(["timeout"] * 3), "vk.com")
except RuntimeError as e:
    print("RuntimeError:", e)
    print("  причина:", repr(e.__cause__), type(e.__cause__).__mro__[1].__name__)
    tb = traceback.format_exception(type(e), e, e.__traceback__)
    print("  строк в трассировке:", sum(1 for line in tb if line.startswith("Traceback")))


def nested():
    try:
        raise KeyError("ключ")
    except KeyError:
        try:
            raise ValueError("внутри")
        except ValueError as inner:
            return repr(inner.__context__)


print(nested())
errors = []
for plan in (["refused"], ["timeout", "timeout", "ok"]):
    try:
        with_retry(Client(plan), "site.рф")
    except (RefusedError, RuntimeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise TimeoutError_("a.b", 9) from None
except NetworkError as e:
    print(e, e.__cause__, e.__suppress_context__, e.host)
print(issubclass(TimeoutError_, Exception), TimeoutError_.retryable, RefusedError.retryable)
with_retry(Client(["refused"]), "final.ru")
