# split, rsplit, splitlines, partition and rpartition.
def parts(s, sep=None, n=-1):
    return s.split(sep, n), s.rsplit(sep, n)


print(parts("раз два  три"), parts("раз два  три", None, 1), parts("а,б,,в", ","))
print(parts("а,б,,в", ",", 2), parts("αβγ", "β"), parts("日本 語", " ", 0))
print(parts("ж—з—и", "—", 1), parts("\u3000пробел\u3000тут\u3000"))
print("строка1\nстрока2\r\nстрока3".splitlines(), "а\u2028б\x85в".splitlines(True))
print("ключ=значение=ещё".partition("="), "ключ=значение=ещё".rpartition("="))
print("нет".partition("="), "нет".rpartition("="), "👍🏽x👍🏽".partition("x"))
try:
    "а".split("")
except ValueError as e:
    print("ValueError:", e)
line = "Имя: Иван; Город: Омск"
fields = dict(p.split(": ") for p in line.split("; "))
print(fields, [k[0] for k in fields])
