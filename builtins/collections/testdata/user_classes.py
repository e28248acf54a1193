# UserDict, UserList and UserString: wrappers made for subclassing,
# with the mixin methods of their ABCs.
import collections
import copy
from collections import UserList, UserDict, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence

print(collections.UserDict, UserList, UserString)
print(isinstance(UserDict(), MutableMapping), isinstance(UserList(), MutableSequence), isinstance(UserString(""), Sequence))
u = UserList([3, 1, 2])
u.sort()
print(u, u[::-1], type(u[::-1]).__name__, u == [1, 2, 3], u < [2], 2 in u, u * 2, [0] + u, u + (9,))
u += "аб"
u.remove(1)
print(u, u.pop(), u.index(3), u.count(2), list(reversed(u)), len(u), u.copy())
d = UserDict({"ключ": 1}, b=2)
d2 = d.copy()
d2["в"] = 3
print(d, d2, UserDict.fromkeys("аб", 0), d | {"г": 4}, {"д": 5} | d, d.get("нет", "—"), d.pop("b"), d)
d.update([("е", 6)], ё=7)
print(d.setdefault("ж", 8), sorted(d.items()), list(d.keys()), d == {"ключ": 1, "е": 6, "ё": 7, "ж": 8})
try:
    d["нет"]
except KeyError as e:
    print("KeyError", e)
s = UserString("Привет")
print(repr(s), s.upper(), type(s.upper()).__name__, s[1:4], s * 2, "« " + s, s + 1, "р" in s, s.find("в"))
print(s.split("и"), s.replace("П", "п"), s.center(10, "*"), s.endswith("ет"), len(s), s == "Привет", hash(s) == hash("Привет"))
print(copy.copy(u), copy.deepcopy(d2), sorted([UserString("б"), UserString("а")]))
