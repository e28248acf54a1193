# Properties and descriptors of user exception classes: getters, setters
# and deleters run (a data descriptor before the instance's own
# attributes); with_traceback returns the exception.
class Поле:
    def __set_name__(self, owner, name):
        self.имя = "_" + name

    def __get__(self, obj, cls=None):
        return self if obj is None else getattr(obj, self.имя, "не задано").upper()

    def __set__(self, obj, value):
        setattr(obj, self.имя, value.strip())


class ОшибкаЗапроса(Exception):
    метод = Поле()

    def __init__(self, код, метод=" get "):
        super().__init__(f"код {код}")
        self.код = код
        self.метод = метод

    @property
    def клиентская(self):
        return 400 <= self.код < 500

    @property
    def код(self):
        return self._код

    @код.setter
    def код(self, value):
        if not isinstance(value, int):
            raise TypeError("код должен быть int")
        self._код = value

    @property
    def только_чтение(self):
        return "да"

    def __str__(self):
        return f"{self.args[0]} ({self.метод}, клиентская={self.клиентская})"


try:
    raise ОшибкаЗапроса(404, "post")
except ОшибкаЗапроса as e:
    print(e, e.клиентская, e.код, e.метод, e._метод, repr(e))
    e.код = 503
    print(e.клиентская, str(e), e._код)
    for действие in (lambda: setattr(e, "код", "x"), lambda: setattr(e, "только_чтение", 1)):
        try:
            действие()
        except (TypeError, AttributeError) as err:
            print(type(err).__name__ + ":", err)
try:
    try:
        raise ОшибкаЗапроса(500)
    except ОшибкаЗапроса as e:
        raise RuntimeError("обёртка") from e
except RuntimeError as r:
    print(r.__cause__.клиентская, r.__cause__.метод, type(ОшибкаЗапроса.метод).__name__)
e = ValueError("ё")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise KeyError("к")
except KeyError as k:
    print(ValueError("т").with_traceback(k.__traceback__).__traceback__ is not None)
