import string
from string import capwords

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(capwords("hello   world  from\tpython"))
print(capwords("  leading and trailing  "))
print(capwords("hELLO wORLD"))
print(capwords("a-b-c d-e", "-"))
print(repr(capwords("")))
print(capwords("x,,y", ","))
print(capwords("one two", None))
print("a" in string.ascii_lowercase, "G" in string.hexdigits, "f" in string.hexdigits)
print([c for c in "Hi, there! 42" if c in string.punctuation])
print(sum(1 for c in "Hello World 123" if c in string.ascii_uppercase))
