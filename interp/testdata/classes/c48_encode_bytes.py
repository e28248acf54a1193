# Кодировки: utf-8, cp1251, utf-16/32, байты кириллицы, ord/chr, ошибки декодирования
s = "Привет, ёж! №5"
u8 = s.encode("utf-8")
print(u8, len(s), len(u8))
cp = s.encode("cp1251")
print(cp, len(cp))
print(cp.decode("cp1251") == s, u8.decode() == s)
print(cp.hex(" "), u8[:4].hex())
try:
    cp.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(cp.decode("utf-8", errors="replace"))
print(cp.decode("utf-8", errors="ignore"))
print("ёж🦔".encode("ascii", errors="replace"), "ёж🦔".encode("ascii", errors="ignore"))
try:
    "ёж".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "🦔".encode("cp1251")
except UnicodeEncodeError as e:
    print("cp1251:", e)

print([ord(c) for c in "АЯаяЁё"], chr(0x416), chr(1105))
print("".join(chr(c) for c in range(ord("а"), ord("а") + 6)), ord("А") - ord("а"))
alphabet = "".join(chr(c) for c in range(0x410, 0x450))
print(alphabet[:33], len(alphabet), "Ё" in alphabet)
print(sorted("ёжикЁ", key=ord), [hex(ord(c)) for c in "Ёё"])
b = bytes([0xd0, 0x9f, 0xd1, 0x80])
print(b, b.decode(), [b[i] for i in range(len(b))], b[0], b[1:3])
ba = bytearray("кот", "utf-8")
ba.extend("ёнок".encode())
print(ba, ba.decode(), len(ba))
print(bytes.fromhex("d0b0 d0b1"), bytes.fromhex("d0b0d0b1").decode())
print("\u0416\u0443\u043a", "\U00000451", "Ж\tу\\к", r"Ж\tу")
print(repr("тест\n\x00\u200b"), ascii("тест"))
print(str(b"\xd0\xb0", "utf-8"), str(cp[:3], encoding="cp1251"))
print(len("ё".encode("utf-8")), "ё".encode("cp1251"), "ёж".encode("utf-8")[:4])
for enc in ("utf-8", "cp1251", "latin-1", "ascii"):
    try:
        data = "Ёжик".encode(enc)
        print(f"{enc:10} {data.hex():>16} {data.decode(enc)}")
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
