# Прокси с журналом доступа: __getattribute__, __getattr__, __setattr__, __delattr__, __dir__
class Journal:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)

    def dump(self):
        for i, line in enumerate(self.lines, 1):
            print(f"{i:>2}. {line}")
        self.lines.clear()


journal = Journal()


class Traced:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_") :
            return object.__getattribute__(self, name)
        journal.write(f"get {name}")
        target = object.__getattribute__(self, "_target")
        value = getattr(target, name)
        if callable(value):
            def wrapper(*args, **kwargs):
                journal.write(f"call {name}{args!r}")
                return value(*args, **kwargs)
            return wrapper
        return value

    def __setattr__(self, name, value):
        journal.write(f"set {name} = {value!r}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        journal.write(f"del {name}")
        delattr(self._target, name)

    def __dir__(self):
        return sorted(n for n in vars(self._target) if not n.startswith("_"))

    def __repr__(self):
        return f"Traced({self._target!r})"


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


acc = Traced(Account("Мария", 100))
print(acc.owner)
print(acc.deposit(50))
acc.note = "премия"
print(acc.note, dir(acc))
del acc.note
try:
    del acc.note
except AttributeError as e:
    print("AttributeError:", e)
try:
    acc.missing
except AttributeError as e:
    print("AttributeError:", e)
print(repr(acc))
journal.dump()


class Lazy:
    """__getattr__ вызывается только для отсутствующих атрибутов."""
    computed = []

    def __init__(self):
        self.ready = "да"

    def __getattr__(self, name):
        if name.startswith("n_"):
            value = len(name) - 2
            Lazy.computed.append(name)
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


lz = Lazy()
print(lz.ready, lz.n_abc, lz.n_abc, lz.n_длинное)
print(Lazy.computed, sorted(vars(lz)))
print(getattr(lz, "x", "по умолчанию"), hasattr(lz, "n_"), hasattr(lz, "y"))
try:
    lz.y
except AttributeError as e:
    print(e)


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"Frozen: нельзя менять {name}")

    def __delattr__(self, name):
        raise AttributeError(f"Frozen: нельзя удалить {name}")


f = Frozen(1, "два")
print(f.x, f.y)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y"), lambda: setattr(f, "z", 0)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    object.__setattr__(f, "z", 1)
except AttributeError as e:
    print("AttributeError:", e)
