# Emoji are astral code points: one character each, modifiers apart.
def info(s):
    return len(s), [c for c in s], s[0], s[-1], s[::-1]


print(info("👍🏽"))
print(info("👨‍👩‍👧"))
print(info("🇷🇺"))
print(info("a😀b"))
s = "😀😃😄😁"
print(s[1], s[1:3], s.find("😄"), s.index("😁"), s.count("😃"), s.replace("😃", ":)"))
print(s.center(8, "*"), s.ljust(6, "-"), f"{s:>6}", "%-6s|" % s)
print([ord(c) for c in "👍🏽"], "\U0001F44D" == "👍", sorted("😄😀😃"))
print("😀".isalpha(), "😀".isprintable(), "😀".upper(), "😀" < "😁", len("😀".encode()))
