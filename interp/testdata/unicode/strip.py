# strip with default whitespace (Unicode spaces too) and with sets of
# non-ASCII characters.
def trim(s, chars=None):
    return s.strip(chars), s.lstrip(chars), s.rstrip(chars)


print(trim("  привет\t\n"), trim("\u3000日本\u3000"), trim("\xa0ж\u2003"))
print(trim("ёёжёё", "ё"), trim("абвгба", "аб"), trim("👍🏽x👍🏽", "👍🏽"), trim("ΩαΩ", "Ω"))
print(trim("xжx", "жx"), trim("", "ж"), trim("ж", ""))
print(repr("\x1c ж \x1f".strip()), repr(" \x85ж\u200b ".strip()))
