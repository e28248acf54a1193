# startswith and endswith, with tuples and with start and end.
def ends(s, x, *args):
    return s.startswith(x, *args), s.endswith(x, *args)


s = "Привет, мир"
print(ends(s, "При"), ends(s, "мир"), ends(s, ("Пока", "При")), ends(s, ("мир", "дом")))
print(ends(s, "вет", 3), ends(s, "вет", 3, 6), ends(s, "мир", -3), ends(s, "", 11), ends(s, "", 12))
print(ends("日本語", "本", 1), ends("👍🏽x", "🏽", 1, 2), ends("αβγ", "β", -2, -1))
try:
    s.startswith(["При"])
except TypeError as e:
    print("TypeError:", e)
