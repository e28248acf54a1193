# A class that overrides __new__ but not __init__ takes the call's
# arguments (object.__init__ ignores them); one that overrides neither
# refuses them.
class Interned:
    _pool = {}

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._pool:
            obj = super().__new__(cls)
            obj.name = key
            cls._pool[key] = obj
        return cls._pool[key]


class Plain:
    pass


print(Interned("Ёж") is Interned("ёж"), Interned("Кот").name, len(Interned._pool))
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
