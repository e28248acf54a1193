# str.encode and bytes.decode with cp1251 (Windows Cyrillic), and the
# errors of a run of unencodable characters, reported together.
s = "Привет, мир! ёЁ №"
b = s.encode("cp1251")
print(b, b.decode("cp1251"), b.decode("windows-1251") == s, len(b))
for bad in ["€ok", "日本"]:
    try:
        print(bad.encode("cp1251"))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
print("日本ж".encode("cp1251", "replace"), "日ж".encode("cp1251", "ignore"))
try:
    b"\x98".decode("cp1251")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\x98b".decode("cp1251", "replace"), "é".encode("latin-1"), b"\xff".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
for s in ["éé", "aéb", "€€€x"]:
    for enc in ["ascii", "latin-1", "cp1251"]:
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as e:
            print(e)
