# koi8-r encodes and decodes as CPython's charmap codec; str.encode
# takes errors="xmlcharrefreplace" and "backslashreplace".
text = "Съешь ещё этих мягких булок, ЁЖ! №5 — «цитата»"
for enc in ("koi8-r", "KOI8_R", "cp1251"):
    data = text.encode(enc, errors="replace")
    print(enc, data.hex(), data.decode(enc))
print(bytes(range(0x80, 0x100)).decode("koi8-r"))
for errors in ("xmlcharrefreplace", "backslashreplace", "replace", "ignore"):
    print(errors, "ёж€😀x".encode("ascii", errors), "ёж€😀x".encode("koi8-r", errors), "é€".encode("latin-1", errors))
try:
    "€".encode("koi8-r")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
