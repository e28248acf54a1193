# getattr and hasattr find the methods of str, list, dict and set that
# Python has beyond Starlark's, bound to their object.
words = ["в", "а", "б"]
sort = getattr(words, "sort")
sort(reverse=True)
print(words, hasattr(words, "copy"), getattr(words, "copy")())
center = getattr("мир", "center")
print(center(7, "*"), getattr("ёж", "upper")(), hasattr("x", "zfill"), hasattr("x", "nope"))
d = {"a": 1}
print(getattr(d, "copy")(), getattr(d, "setdefault")("b", 2), d)
print(getattr(words, "nope", "нет"), callable(getattr({1}, "union")))
try:
    getattr([], "nope")
except AttributeError as e:
    print("AttributeError:", e)
