# Case methods and predicates on Cyrillic.
def cases(s):
    return [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]


for w in ["привет мир", "ПРИВЕТ МИР", "пРиВеТ", "ёлка-палка", "ЁЖ и уж"]:
    print(cases(w))
for w in ["Привет", "ПРИВЕТ", "привет", "Привет Мир", "при вет", "ёж2", "", "Ё"]:
    print(repr(w), w.isalpha(), w.isupper(), w.islower(), w.istitle(), w.isalnum(), w.isidentifier())
print("ǅ".upper(), "ǆ".title(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
