# printf-style formatting pads and truncates by code point.
def row(name, n):
    return "|%-10s|%10s|%.3s|%5d|" % (name, name, name, n)


for name in ["Иван", "Ελένη", "山田", "👍🏽", "x"]:
    print(row(name, len(name)))
print("%c%c%c" % ("ж", 1046, "😀"), "%r" % "ёж", "%a" % "ёж", "%s" % ["ёж"])
print("%(имя)s: %(n)03d" % {"имя": "Пётр", "n": 7})
print("%-6s|" % "абв", "%6s|" % "абв", "%-6.2s|" % "абв")
try:
    print("%c" % "жж")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "ж")
except TypeError as e:
    print("TypeError:", e)
