# Errors of indexing a str, as CPython words them.
def at(s, i):
    return s[i]


for i in [5, -6, 100]:
    try:
        at("ёжик", i)
    except IndexError as e:
        print("IndexError:", e)
try:
    at("ёжик", "1")
except TypeError as e:
    print("TypeError:", e)
try:
    at("ёжик", 1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    at("", 0)
except IndexError as e:
    print("IndexError:", e)
w = "ёжик"
print(w[True], w[False], at("ёжик", -4))
s = "язык"
try:
    s[0] = "Я"
except TypeError as e:
    print("TypeError:", e)
