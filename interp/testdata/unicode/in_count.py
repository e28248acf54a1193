# in and count with start and end, counted in code points.
def stats(s, sub, *args):
    return s.count(sub, *args)


s = "ананас и банан"
print(stats(s, "ан"), stats(s, "а"), stats(s, "а", 3), stats(s, "а", 3, 8), stats(s, "а", -5))
print(stats(s, ""), stats("ёж", ""), stats(s, "", 5), stats(s, "", 20))
print(stats("👍🏽👍🏽", "👍"), stats("日日日", "日日"), stats("αααα", "αα"))
print("нас" in s, "нос" in s, "" in s, "и б" in s)
for w in ["ёж", "уж"]:
    print("ж" in w, w.count("ж"), w.count("ё"))
