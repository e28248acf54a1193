# str(b, encoding[, errors]) decodes b as b.decode(encoding, errors)
# does: with the encoding named, not as UTF-8 whatever it is.
cp = "Привет".encode("cp1251")
print(str(cp, "cp1251"), str(cp, encoding="cp1251"), str(b"\xd0\xb0\xd0\xb1", "utf-8"))
print(str(cp, "utf-8", "replace"), str(cp, errors="ignore"), str(bytearray("ёж", "utf-8"), "utf-8"))
print(str(bytearray(cp), encoding="cp1251"), repr(str(b"", "cp1251")), str(cp))
for args in [(cp, "utf-8"), ("уже str", "utf-8"), (cp, "нет такой")]:
    try:
        str(*args)
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
