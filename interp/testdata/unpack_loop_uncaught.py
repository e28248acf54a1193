# An item that does not unpack ends a for loop with CPython's traceback.
for a, b in ["ab", "cd", "e"]:
    print(a, b)
