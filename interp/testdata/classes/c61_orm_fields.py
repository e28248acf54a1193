# Мини-ORM: поля-дескрипторы с __set_name__, валидация, модели через __init_subclass__
class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value, reason)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self):
        return f"{self.field}: {self.reason} (получено {self.value!r})"


class Field:
    _counter = 0

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and self.required:
            raise ValidationError(self.name, value, "обязательное поле")
        if value is not None:
            value = self.clean(value)
        obj.__dict__[self.attr] = value

    def clean(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class CharField(Field):
    def __init__(self, max_length, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def clean(self, value):
        if not isinstance(value, str):
            raise ValidationError(self.name, value, "нужна строка")
        value = value.strip()
        if len(value) > self.max_length:
            raise ValidationError(self.name, value, f"длиннее {self.max_length} символов")
        return value


class IntField(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def clean(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(self.name, value, "нужно целое число")
        if self.lo is not None and value < self.lo:
            raise ValidationError(self.name, value, f"меньше {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValidationError(self.name, value, f"больше {self.hi}")
        return value


class Model:
    tables = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        fields = [v for v in vars(cls).values() if isinstance(v, Field)]
        cls._fields = sorted(fields, key=lambda f: f.order)
        cls._table = table or cls.__name__.lower() + "s"
        Model.tables[cls._table] = cls

    def __init__(self, **values):
        for f in self._fields:
            setattr(self, f.name, values.pop(f.name, f.default))
        if values:
            raise TypeError(f"{type(self).__name__}() got unexpected fields: {', '.join(sorted(values))}")

    def as_row(self):
        return tuple(getattr(self, f.name) for f in self._fields)

    def __repr__(self):
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.as_row() == other.as_row()


class Person(Model, table="люди"):
    name = CharField(12)
    age = IntField(0, 150)
    city = CharField(20, required=False, default="Москва")


class Book(Model):
    title = CharField(30)
    pages = IntField(lo=1)


print(Model.tables)
print(Person._fields, Book._table)
p = Person(name="  Анна ", age=31)
print(p, p.as_row())
print(sorted(k for k in vars(p)))
print(Person.name, Person.__dict__["age"].hi)

for kwargs in [dict(name="Очень длинное имя", age=3), dict(name="Пётр", age=200),
               dict(name="Олег", age=True), dict(name=None, age=1), dict(name=5, age=1),
               dict(name="Ия", age=2, email="x@y")]:
    try:
        print("ok", Person(**kwargs))
    except ValidationError as e:
        print("ValidationError:", e, "| args:", e.args[0], e.args[2])
    except TypeError as e:
        print("TypeError:", e)

b1, b2 = Book(title="Мастер и Маргарита", pages=480), Book(title="Мастер и Маргарита ", pages=480)
print(b1 == b2, b1 != b2, b1 == p, Book.__hash__)
try:
    {b1}
except TypeError as e:
    print("TypeError:", e)
