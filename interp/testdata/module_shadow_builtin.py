# A global set on a module from outside hides the builtin of that name
# for the module's own code, and deleting it brings the builtin back:
# mock.patch("mod.open", create=True) relies on it.
import sys
from unittest import mock

sys.path.insert(0, "mods")
import shadowmod

with mock.patch("shadowmod.open", create=True, side_effect=PermissionError("nope")) as m:
    try:
        shadowmod.read("x")
    except PermissionError as e:
        print("patched:", e, m.call_args)
print(hasattr(shadowmod, "open"))
try:
    shadowmod.read("mods/no_such_file.txt")
except FileNotFoundError as e:
    print("restored:", e.errno)
shadowmod.len = lambda xs: 42
print(shadowmod.count([1]), len([1]))
del shadowmod.len
print(shadowmod.count([1]))
try:
    del shadowmod.len
except AttributeError as e:
    print(e)
