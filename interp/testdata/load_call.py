# A Python function named load, called as a statement: in a file that
# binds the name load, even load("a", "b") calls it (elsewhere
# load("module", "name", ...) is Starlark's load statement).
loaded = []


def load(name, *args, **kwargs):
    loaded.append((name, args, kwargs))
    return len(loaded)


load("files")
load("plugins", 2)
load("пути", strict=True)
load(name="kw")
print(load("x") + 1)
load("config", "paths")
load("config", alias="paths")
load("a", "b") if loaded else None
for entry in loaded:
    print(entry)
