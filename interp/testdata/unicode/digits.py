# Digit and numeric predicates beyond ASCII, and int() of them.
for s in ["123", "٣٤", "१२", "½", "Ⅻ", "一", "²", "১", "꘠", "x1", ""]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum())
print(int("٣٤"), int("१२"), float("٣.٥"), int("  ٧ "))
try:
    int("½")
except ValueError as e:
    print("ValueError:", e)
try:
    int("ж")
except ValueError as e:
    print("ValueError:", e)
