# s[i] on a str that arrives as a parameter counts code points.
def first(s):
    return s[0]


def last(s):
    return s[-1]


def at(s, i):
    return s[i]


for word in ["Поток-1", "Ελληνικά", "日本語", "👍🏽ok", "abc"]:
    print(first(word), last(word), at(word, 1), at(word, -2))
print(first("Ж"), last("Ж"), at("Ёлка", 3))
print([at("привет", i) for i in range(6)])
print([at("привет", -i) for i in range(1, 7)])
