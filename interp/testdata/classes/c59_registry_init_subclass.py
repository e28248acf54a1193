# Реестр команд без метаклассов: __init_subclass__ с параметрами, __set_name__, classmethod-фабрики, __class_getitem__
class Option:
    def __init__(self, default, *, help=""):
        self.default = default
        self.help = help
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        owner.options = getattr(owner, "options", {}) | {name: self}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if type(value) is not type(self.default):
            raise TypeError(f"{self.name}: ожидался {type(self.default).__name__}, получен {type(value).__name__}")
        obj.__dict__[self.name] = value


class Command:
    registry = {}
    aliases = {}

    def __init_subclass__(cls, *, name, aliases=(), hidden=False, **kw):
        super().__init_subclass__(**kw)
        cls.name = name
        cls.hidden = hidden
        Command.registry[name] = cls
        for a in aliases:
            Command.aliases[a] = name

    def __init__(self, **opts):
        for k, v in opts.items():
            if k not in type(self).options:
                raise TypeError(f"{self.name}: неизвестная опция {k!r}")
            setattr(self, k, v)

    @classmethod
    def lookup(cls, word):
        word = cls.aliases.get(word, word)
        try:
            return cls.registry[word]
        except KeyError:
            close = sorted(n for n in cls.registry if n[0] == word[:1])
            raise LookupError(f"нет команды {word!r}" + (f", возможно: {', '.join(close)}" if close else "")) from None

    def __class_getitem__(cls, word):
        return cls.lookup(word)

    def describe(self):
        opts = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self).options)
        return f"{self.name}({opts})"


class Copy(Command, name="копировать", aliases=("cp", "коп")):
    recursive = Option(False, help="рекурсивно")
    target = Option("", help="куда")

    def run(self):
        return f"копирую в {self.target or '.'}" + (" рекурсивно" if self.recursive else "")


class Remove(Command, name="удалить", aliases=("rm",)):
    force = Option(False)

    def run(self):
        return "удаляю" + (" принудительно" if self.force else "")


class Debug(Command, name="отладка", hidden=True):
    level = Option(1)

    def run(self):
        return f"уровень {self.level}"


print(sorted(Command.registry), Command.aliases)
print([n for n, c in Command.registry.items() if not c.hidden])
for word, opts in [("cp", {"target": "/tmp", "recursive": True}), ("удалить", {}), ("rm", {"force": True}), ("отладка", {"level": 3})]:
    cmd = Command.lookup(word)(**opts)
    print(f"{word:>8} -> {cmd.describe():<45} {cmd.run()}")
print(Command["коп"].__name__, Copy.options["recursive"].help, Copy.recursive.name, Remove.options.keys())
for word in ("удолить", "xyz"):
    try:
        Command.lookup(word)
    except LookupError as e:
        print("LookupError:", e)
for bad in [lambda: Copy(recursive="да"), lambda: Copy(verbose=True)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Broken(Command):
        pass
except TypeError as e:
    print("TypeError:", e)
c = Copy()
print(c.recursive, c.target, vars(c), Copy.__mro__[1].__name__, isinstance(c, Command))
