# An uncaught AttributeError on a builtin value.
items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
