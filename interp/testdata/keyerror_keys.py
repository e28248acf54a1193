# The KeyError of a missing dict key holds the key itself: a tuple, float,
# None, bool, bytes or big int key is read back from the VM's message.
d = {"a": 1}
for k in [(1, 2), 1.5, None, True, "ключ", 'с "кавычками"', "it's", b"x", 10**30, -3]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args, type(e.args[0]).__name__)
def g(dd, key):
    return dd[key]
try:
    g({}, (1, "а"))
except KeyError as e:
    print(repr(e), e.args[0] == (1, "а"))
d = {}
for f in (lambda: d.pop((1, 2)), lambda: d.__delitem__((1, "б")), lambda: {1}.remove((2, 3)), lambda: d[1.0, 2], lambda: d[-7], lambda: d[2.5e30]):
    try:
        f()
    except KeyError as e:
        print(repr(e), e.args[0] if not isinstance(e.args[0], str) else "str")
try:
    del d[(3, None)]
except KeyError as e:
    print(repr(e))
grid = {(0, 0): "."}
print(grid[(0, 1)])
