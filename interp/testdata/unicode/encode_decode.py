# Encoding to UTF-8 counts bytes; decoding gets the characters back.
def roundtrip(s):
    b = s.encode()
    return len(s), len(b), b.decode() == s


for s in ["привет", "Ω", "日本", "👍🏽", "abc"]:
    print(roundtrip(s))
print("ёж".encode(), "ж".encode("utf-8"), b"\xd0\xb6".decode(), "Ω".encode()[0])
print(len("日本語".encode("utf-8")), bytes("ж", "utf-8"), str(b"\xd0\xb6", "utf-8"))
try:
    b"\xd0".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "ж".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
