# A Python function named load, called as a statement: only
# load("module", "name", ...) is Starlark's load statement.
loaded = []


def load(name, *args, **kwargs):
    loaded.append((name, args, kwargs))
    return len(loaded)


load("files")
load("plugins", 2)
load("пути", strict=True)
load(name="kw")
print(load("x") + 1)
for entry in loaded:
    print(entry)
