# Indexing inside loops: the loop indexes a parameter, a local, a
# global, and strs that change from one step to the next.
def count(s, ch):
    n = 0
    for i in range(len(s)):
        if s[i] == ch:
            n += 1
    return n


def backwards(s):
    out = []
    i = len(s) - 1
    while i >= 0:
        out.append(s[i])
        i -= 1
    return "".join(out)


def pairs(a, b):
    return [a[i] + b[i] for i in range(min(len(a), len(b)))]


def shifting(s):
    res = []
    for k in range(3):
        for i in range(len(s)):
            res.append(s[i])
        s = s[1:] + s[0]
    return "".join(res)


print(count("колокол", "о"), count(["о", "x", "о"], "о"), count("mississippi", "s"))
print(backwards("Поток👍"), backwards("abc"))
print(pairs("абв", "где"), pairs(["x", "y"], "ёж"))
print(shifting("жук"))
text = "Съешь же ещё этих мягких французских булок"
for i in range(0, len(text), 7):
    print(i, text[i])
total = ""
for w in text.split():
    total += w[0] + w[-1]
print(total)
