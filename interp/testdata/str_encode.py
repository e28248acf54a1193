# str.encode and bytes.decode with the utf-8, ascii and latin-1 codecs.
print("é€".encode(), "é".encode("utf-8"), "abc".encode("ascii"), "é€".encode("latin-1", errors="replace"), "é".encode("UTF8"), "é".encode("ascii", "ignore"))
print(b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"ab\xffc".decode("utf-8", "replace"), b"ab\xffc".decode("utf-8", "ignore"), b"hi".decode())
data = "привет".encode()
print(len(data), data.decode(), str.encode("x"))
for f in [lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: b"a\xc3".decode(), lambda: b"\xc3(".decode(), lambda: b"\x80".decode("ascii"), lambda: "x".encode("foo")]:
    try:
        f()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
