# Format-spec edge cases on non-ASCII strs.
print(f"{'ж':05}|{'жук':<05}|{'ё':>3.1}|", dict.fromkeys("аба"), sorted(frozenset("ёж")))
print(format("Ω", "^5"), "{:~^7}".format("日"), "%5.1s|" % "ёж", "%-3c|" % "ж")
try:
    f"{'ж':=5}"
except ValueError as e:
    print(e)
try:
    format("ж", "d")
except ValueError as e:
    print(e)
print(str.center("ёж", 6, "·"), str.zfill("ж", 3), "ж".ljust(0), "Ж".isupper() and "ж".islower())
