# Module __getattr__ (PEP 562): attribute reads and from-imports of
# missing names ask it; its AttributeError is an ImportError for a
# from-import. collections reads UserDict, UserList and UserString so.
import collections
import mods.lazyattrs as la
from mods.lazyattrs import готово, лень_кот

print(la.готово, la.лень_собака, лень_кот, getattr(la, "лень_ёж", None))
print(hasattr(la, "нет"), getattr(la, "нет", "по умолчанию"), [з for з in la.запросы if з != "__path__"])
try:
    from mods.lazyattrs import нет
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    la.тоже_нет
except AttributeError as e:
    print(type(e).__name__, e)
from collections import UserDict, UserList, UserString
print(collections.UserDict is UserDict, UserList([1, 2]) + [3], UserString("ёж").upper())
try:
    collections.UserSet
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from collections import UserSet
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
