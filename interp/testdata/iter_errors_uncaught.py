# The traceback of an iteration error that list += lets through: the
# += line is not marked, as in CPython, and the generator's frame follows.


def numbers():
    yield 1
    raise KeyError("gone")


items = [0]
items += numbers()
