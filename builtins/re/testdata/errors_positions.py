# re.error words a pattern's syntax error as CPython does, with the
# position in characters; classes that take letters by excluding \W.
import re

for p in ["[а-", "ab[cd", "где[^x", "(ab", "a(b(c)", "x)", "a**", "ж+*", "[]]", "(?:a|b"]:
    try:
        print(repr(p), re.findall(p, "ab]_1 где-2"))
    except re.error as e:
        print(repr(p), "re.error:", e)
for p in [r"[^\W_]+", r"[^\W\d]+", r"[^\W\d_]+", r"[^\W_\d]+", r"\w+", r"\W+"]:
    print(p, re.findall(p, "ab_1 где-2 Ёж³ x"))
print(re.findall(r"[^\W\d_]+", "abc_где42жзи"), re.findall(r"[^\W\d_]+", "abc_x1", re.ASCII))
