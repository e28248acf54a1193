# for ch in s over strs that arrive in every way.
def chars(s):
    out = []
    for ch in s:
        out.append(ch)
    return out


class Holder:
    def __init__(self, text):
        self.text = text

    def spaced(self):
        return " ".join(ch for ch in self.text)


print(chars("ёлка"), chars("αβγ"), chars("👍🏽"), chars("漢字"))
print(Holder("Мир").spaced(), Holder("Ωμ").spaced())
for word in ["да", "нет"]:
    for ch in word:
        print(ch, end=".")
print()
d = {"ключ": "знач"}
for k in d:
    print([c for c in k], [c for c in d[k]])
print(list(iter("абв")), next(iter("щит")))
it = iter("юг")
print(next(it), next(it), next(it, "конец"))
