# A settings proxy: __getattr__ vs __getattribute__, __setattr__ and
# __delattr__ bookkeeping, __dir__, descriptors with __set_name__.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        object.__setattr__(obj, self.slot, value)

    def __delete__(self, obj):
        print(f"  reset {self.name}")
        object.__delattr__(obj, self.slot)


class Settings:
    host = Typed(str, "localhost")
    port = Typed(int, 8080)
    debug = Typed(bool, False)

    def __init__(self, **kw):
        object.__setattr__(self, "_log", [])
        for k, v in kw.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        if not name.startswith("_") and name not in self._fields:
            raise AttributeError(f"unknown setting {name!r}")
        self._log.append(("set", name))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        super().__delattr__(name)

    def __getattr__(self, name):
        if name.startswith("env_"):
            return f"${name[4:].upper()}"
        raise AttributeError(f"{type(self).__name__!r} has no setting {name!r}")

    def __dir__(self):
        return sorted(self._fields) + ["env_*"]


class Audited(Settings):
    def __getattribute__(self, name):
        if not name.startswith("_"):
            object.__getattribute__(self, "_log").append(("get", name))
        return super().__getattribute__(name)


s = Settings(port=9000)
print(s.host, s.port, s.debug, s.env_home, Settings._fields, dir(s))
for bad in [("port", "80"), ("colour", "red")]:
    try:
        setattr(s, *bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del s.port
print(s.port, s._log)
try:
    s.missing
except AttributeError as e:
    print(e)
print(getattr(s, "nothing", "dflt"), hasattr(s, "env_x"), hasattr(s, "zzz"), isinstance(Settings.host, Typed))
a = Audited(debug=True)
a.host = "example.org"
print(a.host, a.debug, a.env_path)
print(a._log)
try:
    del a.host
    del a.host
except AttributeError as e:
    print("AttributeError:", e)
print(vars(a).keys(), Audited.port.default, Settings.__dict__["port"].slot)
