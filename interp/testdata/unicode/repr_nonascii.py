# repr prints printable non-ASCII characters as they are and escapes the
# others, in strs and in containers.
def show(s):
    return repr(s)


for s in ["Привет", "Ωμέγα", "日本", "👍🏽", "таб\tи\nстрока", "\u200b", "\x7f\x80\xa0", "\u2028", "'\"", "ё'", 'ж"\'']:
    print(show(s))
print(["ёж", "уж"], {"ключ": "знач"}, ("кортеж",), {"один"})
print(ascii("Привет"), ascii("👍🏽"), ascii(["ё"]), ascii("\x7f"))
print(str("ёж"), str(["ёж"]), "%r" % ["ё"], f"{['ё']}")
print(repr("e\u0301"), repr("\U000e0001"), repr("\ufeff"))
