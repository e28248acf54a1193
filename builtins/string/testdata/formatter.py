import string
from string import Formatter, Template
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
f = Formatter()
show("format", lambda: f.format("{0} и {name:>5}", "один", name="два"))
show("auto", lambda: f.format("{} + {} = {}", 1, 2, 3))
show("vformat", lambda: f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
show("parse", lambda: list(f.parse("Hi {name!r:>10} and {0} {{x}} {} end")))
show("parse spec", lambda: list(f.parse("{0:{1}.{2}f}")))
show("nested", lambda: f.format("{0:{1}.{2}f}", 3.14159, 8, 2))
show("attr item", lambda: f.format("{p.real} {d[k]} {l[1]}", p=5, d={"k": "в"}, l=[1, 2]))
show("conv", lambda: f.format("{0!r} {0!s} {0!a}", "ё"))
show("missing", lambda: f.format("{x}"))
show("index", lambda: f.format("{0} {1}", 1))
show("switch", lambda: f.format("{} {0}", 1))
show("switch2", lambda: f.format("{0} {}", 1))
show("single }", lambda: f.format("a } b"))
show("single {", lambda: f.format("a {"))
show("unclosed", lambda: f.format("a {0"))
show("bad conv", lambda: f.format("{0!x}", 1))
show("conv colon", lambda: f.format("{0!rx}", 1))
show("parse lit", lambda: list(f.parse("just text")))
show("parse empty", lambda: list(f.parse("")))
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
show("subclass", lambda: Upper().format("{} {:>4}", "ab", "вв"))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
show("get_value", lambda: Default().format("{a} {b} {0}", "z", a=1))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ", ".join(sorted(extra)))
show("check_unused", lambda: Strict().format("{a}", a=1, b=2, c=3))
show("template", lambda: Template("$x и ${y}").substitute(x=1, y="два"))
show("consts", lambda: (string.digits, string.ascii_uppercase[:3], string.capwords("привет мир")))
show("module", lambda: (string.Formatter.__name__, string.Template.__name__, sorted(string.__all__)[:3]))
