# find, index, rfind and rindex answer in code points, and so do their
# start and end arguments.
def where(s, sub, *args):
    return s.find(sub, *args), s.rfind(sub, *args)


s = "молоко и мёд, молоко и хлеб"
print(where(s, "молоко"), where(s, "и"), where(s, "мёд"), where(s, "нет"))
print(where(s, "о", 5), where(s, "о", 5, 12), where(s, "о", -6), where(s, "о", -10, -3))
print(s.index("мёд"), s.rindex("и"), s.index("о", 3), s.rindex("о", 0, 10))
print(where("日本語の日本", "日本"), where("👍🏽👍🏽", "🏽"), where("αβγαβγ", "γ", 3))
print(where(s, ""), where(s, "", 5), where(s, "", 100), where("ёж", "", 2))
try:
    s.index("рыба")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("м", 20)
except ValueError as e:
    print("ValueError:", e)
for w in ["ёж", "уж", "жук"]:
    print(w.find("ж"), w.rfind("ж"), "ж" in w)
