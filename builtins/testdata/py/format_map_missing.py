# str.format_map(mapping) looks each named field up in mapping as it
# comes (a dict subclass's __missing__ answers, any __getitem__ object
# works), and refuses positional fields.
class T(dict):
    def __missing__(self, k): return "?" + k
t = T(a=1)
print("{a} {b} {a!r:>4} {c[0]} {a.real}".format_map(t))
class M:
    def __getitem__(self, k):
        print("  lookup", k)
        return k.upper()
print("{x} {y} {x}".format_map(M()))
print("{имя:*^10}".format_map({"имя": "Оля"}))
for fmt, m in [("{0}", t), ("{}", t), ("{a}", 5), ("{zz}", {"a": 1}), ("{a", t), ("{a}", [1])]:
    try:
        print(fmt.format_map(m))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "x".format_map()
except TypeError as e:
    print(e)
print("{a}".format_map(dict(a="ok")), "plain".format_map(5))
