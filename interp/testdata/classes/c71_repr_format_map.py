# repr вложенных контейнеров с кириллицей, экранирование, format_map с __missing__, vars и __dict__
class Item:
    def __init__(self, name, tags=(), meta=None):
        self.name = name
        self.tags = list(tags)
        self.meta = meta or {}

    def __repr__(self):
        return f"Item({self.name!r}, tags={self.tags!r}, meta={self.meta!r})"

    def __str__(self):
        return f"«{self.name}»"


items = [Item("чай", ["зелёный", "листовой"], {"цена": 120.5, "в наличии": True}),
         Item("кофе\tмолотый", meta={"сорт": ("арабика", None)}),
         Item('сок "Добрый"'), Item("вода's"), Item("строка\nс переносом\x00\u200b")]
for it in items:
    print(repr(it))
print(items[:2])
print(str(items[0]), f"{items[0]}", f"{items[0]!r:.20}", "{0!s}|{0!r:>30}".format(items[3]))
print({"ключ": items[0].meta, ("к", 1): [{"вложенный": {"ещё": "глубже"}}]})
print(ascii(items[0].name), ascii({"я": "ё"}), repr("é"), repr("e\u0301"), "e\u0301", len("e\u0301"))
print(repr("\\путь\\к\\файлу"), repr("\r\x7f\x1b"), repr("табуляция\t"), repr(b"\xd0\xb0"))


class Template(dict):
    def __missing__(self, key):
        return "{" + key + "?}"


fields = Template(имя="Анна", город="Тверь")
print("{имя} живёт в городе {город}, ей {возраст} лет".format_map(fields))
print("{имя!r:>10}|{город:^9}|".format_map(fields))


class Counting(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.misses = []

    def __missing__(self, key):
        self.misses.append(key)
        return 0


c = Counting({"а": 1})
print(c["а"], c["б"], c["в"], c.misses, dict(c), "б" in c, c.get("б", "нет"))
try:
    "{0}".format_map(fields)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)


class Config:
    version = 1

    def __init__(self, **opts):
        for k, v in opts.items():
            setattr(self, k, v)


cfg = Config(язык="ru", тема="тёмная")
print(vars(cfg), cfg.__dict__ is vars(cfg))
cfg.__dict__.update({"шрифт": 14, "язык": "en"})
print(cfg.язык, cfg.шрифт, sorted(vars(cfg)))
vars(cfg)["новое"] = [1, 2]
print(cfg.новое, getattr(cfg, "нет", "по умолчанию"), getattr(cfg, "version"), "version" in vars(cfg))
for name in ("тема", "шрифт"):
    setattr(cfg, name, str(getattr(cfg, name)).upper())
delattr(cfg, "новое")
print(cfg.__dict__)
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(cfg, "нет")
except AttributeError as e:
    print("AttributeError:", e)
print(f"{'ё' * 3!r} {'Ж'.lower()!a} {3.14159!s:.4}", "%r и %s и %a" % ("я", "ты", "он"))
