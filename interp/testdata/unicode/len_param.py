# len counts code points wherever the str comes from.
def size(s):
    return len(s)


print(size("привет"), size("Ελλάδα"), size("中文字"), size("👍🏽"), size("👨‍👩‍👧"), size(""))
print([len(w) for w in "раз два три четыре".split()])
print(len({"ключ": "значение"}["ключ"]), len(("ёж",)[0]))
s = "Ё" * 100000
print(len(s), len(s + "ж"), len(s[::2]))
print(size("e\u0301"), size("\u00e9"), size("\U0001F600"))
print("абв".__len__() if hasattr("абв", "__len__") else 3)
