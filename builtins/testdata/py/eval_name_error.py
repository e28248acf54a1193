def lookup():
    return eval("missing + 1", {"a": 1})
lookup()
