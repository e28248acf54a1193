# An instance's attributes: __dict__ order through sets, deletions and
# re-additions, with few attributes and with many (past the point where
# the attribute table is indexed), and copies of instances.
import copy


class O:
    pass


def show(o):
    print(list(o.__dict__.items()))


small = O()
small.b = 1
small.a = 2
small.c = 3
del small.a
small.a = 4
small.b = 5
show(small)
print(vars(small) == {"b": 5, "c": 3, "a": 4}, hasattr(small, "a"))

big = O()
for i in range(20):
    setattr(big, "f%d" % i, i)
for i in range(0, 20, 3):
    delattr(big, "f%d" % i)
big.f0 = "again"
big.f5 = "changed"
show(big)
print(big.f19, big.f5, getattr(big, "f3", "gone"))
try:
    del big.f3
except AttributeError as e:
    print("AttributeError:", e)

shallow = copy.copy(big)
deep = copy.deepcopy(big)
shallow.f1 = "shallow"
deep.f2 = "deep"
print(big.f1, big.f2, shallow.f1, deep.f2, deep.f19)
show(deep)


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


tree = Node(1, [Node(2, []), Node(3, [])])
tree2 = copy.deepcopy(tree)
tree2.children[0].value = 20
print(tree.children[0].value, tree2.children[0].value, [c.value for c in tree2.children])

# Instances of one class with different attribute counts.
class Grow:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


for n in (0, 1, 3, 9, 2):
    g = Grow(n)
    print(n, len(g.__dict__), sorted(g.__dict__)[-1:] if n else [])
