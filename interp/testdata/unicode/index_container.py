# Indexing strs taken from lists, tuples and dict values.
words = ["привет", "мир", "Ωμέγα", "中文"]
print([w[0] for w in words])
print([w[-1] for w in words])
print(words[0][2], words[1][-1], words[2][1], words[3][1])
d = {"имя": "Иван", "город": "Москва", "emoji": "😀x"}
print(d["имя"][0], d["город"][-1], d["emoji"][0], d["emoji"][1])
for k, v in d.items():
    print(k[0], v[0], k[-1], v[-1])
pairs = [("ключ", "значение"), ("α", "βγ")]
print([(a[0], b[1]) for a, b in pairs])
grid = [["ячейка", "клетка"], ["поле", "строка"]]
print(grid[1][1][0], grid[0][0][-1])
nested = {"a": ["ёж", "уж"]}
print(nested["a"][1][0])
