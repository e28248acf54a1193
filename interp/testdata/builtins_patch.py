# Setting an attribute of the builtins module (mock.patch("builtins.abs"))
# changes the builtin for the code of every module and of __main__, until
# it is set back; a module's own global of that name keeps hiding it.
import builtins
import sys
from unittest import mock

sys.path.insert(0, "mods")
import shadowmod


def magnitude(x):
    return abs(x)


with mock.patch("builtins.abs", return_value=99) as fake:
    print(abs(-1), magnitude(-2), shadowmod.magnitude(-3))
print(abs(-1), magnitude(-2), shadowmod.magnitude(-3), fake.call_count)
with mock.patch("builtins.open", mock.mock_open(read_data="из мока")):
    print(shadowmod.read("whatever.txt"))
real_abs = builtins.abs
shadowmod.abs = lambda x: -1
builtins.abs = lambda x: 7
print(shadowmod.magnitude(1), magnitude(1), abs(1))
del shadowmod.abs
builtins.abs = real_abs
print(shadowmod.magnitude(-1), magnitude(-1), abs(-5))
