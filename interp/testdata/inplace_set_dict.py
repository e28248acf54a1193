# x |= y, x &= y, x -= y and x ^= y on a set (or x |= y on a dict) that
# a function gets as an argument, or on an instance of a subclass of
# set or dict, update the object in place: every alias sees the change
# and the subclass is kept.


def merge(target, extra):
    target |= extra
    target -= {"ё"}
    return target


seen = {"а"}
alias = seen
merge(seen, {"б", "ё"})
print(sorted(alias), alias is seen)

config = {"язык": "ru"}

def update(d, more):
    d |= more


update(config, {"тема": "тёмная"})
print(config)


class Tags(set):
    def __repr__(self):
        return f"Tags({sorted(self)})"


class Options(dict):
    def __missing__(self, key):
        return "—"


tags = Tags({"x", "y"})
keep = tags
tags |= Tags({"z"})
tags &= {"x", "z", "w"}
tags ^= {"w", "x"}
print(type(tags).__name__, tags, keep is tags)

opts = Options(a=1)
o2 = opts
opts |= {"b": 2}
opts |= Options(c=3)
print(type(opts).__name__, opts, opts["нет"], o2 is opts)


def bits(a, b):
    a ^= b
    a |= 1
    a &= 0b1111
    a -= b
    return a


print(bits(12, 10), bits(7, 7))
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(fs, fs2)
