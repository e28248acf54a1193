# center, ljust, rjust and zfill widths count code points.
def boxes(s):
    return "[" + s.center(10) + "]" + "[" + s.ljust(8, "·") + "]" + "[" + s.rjust(8, "ж") + "]"


for w in ["ёж", "Привет", "Ωμέγα", "日本", "👍🏽", "слишкомдлинно"]:
    print(boxes(w))
print("абв".center(9, "*"), "абв".center(8, "*"), "аб".center(7, "ё"))
print("42".zfill(6), "-42".zfill(6), "ж".zfill(4), "+ё".zfill(5))
try:
    "ab".center(10, "жж")
except TypeError as e:
    print("TypeError:", e)


class Row:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def line(self):
        return self.name.ljust(12, ".") + str(self.price).rjust(6)


for r in [Row("Хлеб", 45), Row("Молоко", 89), Row("Σουβλάκι", 5)]:
    print(r.line())
