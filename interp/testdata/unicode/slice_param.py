# s[i:j:k] on strs from parameters, attributes and containers.
def cut(s, i, j, k=None):
    return s[i:j:k]


w = "Привет, мир!"
print(cut(w, 0, 6), cut(w, 8, None), cut(w, -4, -1), cut(w, None, None, -1))
print(cut(w, None, None, 2), cut(w, 1, None, 3), cut(w, -1, 0, -2), cut(w, 100, 200))
print(cut("日本語テキスト", 2, 5), cut("👍🏽👍🏿", 1, 3), cut("Ελληνικά", -3, None))
print(cut(w, 5, 2), cut(w, 2, 5, -1), cut(w, -100, 3), cut(w, 3, -100, -1))


class Box:
    def __init__(self, v):
        self.v = v


b = Box("строка")
print(b.v[1:4], b.v[::-1], b.v[-2:], b.v[:-2])
items = ["первый", "второй"]
print([x[:3] for x in items], [x[3:] for x in items], items[1][::2])
try:
    cut(w, 0, 5, 0)
except ValueError as e:
    print("ValueError:", e)
long = "ж" * 1000 + "конец"
print(cut(long, 1000, None), len(cut(long, 10, 990)), cut(long, -5, -2))
