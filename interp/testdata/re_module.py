# re on RE2: search/match/fullmatch, groups (named, Unicode \w), findall,
# sub with templates and callables, split, escape, flags, re.error.
import re
m = re.search(r"(\w+) (?P<second>\w+)", "héllo big world")
print(m, m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.start(2), m.span(), m[1])
print(re.match("b", "abc"), re.match("a", "abc").end(), re.fullmatch("a.c", "abc") is not None)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22"), re.sub("x", lambda m: m.group().upper(), "xax", count=1))
print(re.split(r",\s*", "a, b,c"), re.escape("a.b*c d"), re.compile("ab", re.I).search("xAB"))
p = re.compile(r"<unlocked .* object (.*)?at .*>")
print(bool(p.search("<unlocked _thread.lock object at 0x7f>")), p.pattern)
try:
    re.compile("(")
except re.error as e:
    print("error")
print(re.search("^b", "a\nb", re.M).start(), re.search(r"a\Z", "ba") is not None)
