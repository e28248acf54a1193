# weakref.ref and WeakValueDictionary are classes, generic in annotations.
import weakref
class Node: pass
n = Node()
r = weakref.ref(n)
print(r() is n, type(r), weakref.ref, weakref.ref[Node], weakref.ReferenceType is weakref.ref, isinstance(r, weakref.ref))
d = weakref.WeakValueDictionary()
d["a"] = n
print(type(d), weakref.WeakValueDictionary[str, Node], d["a"] is n, len(d))
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
