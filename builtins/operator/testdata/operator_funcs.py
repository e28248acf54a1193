import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.add("a", "b"), operator.add([1], [2]), operator.add(True, True), operator.add(1.5, 2))
print(operator.sub(10, 4), operator.mul(3, 4), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.mod(-7, 3), operator.mod("%d items", 5), operator.pow(2, 10), operator.pow(2, -1))
print(operator.neg(5), operator.neg(-2.5), operator.pos(3), operator.inv(5), operator.invert(0), operator.neg(True))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.and_(True, False), operator.or_(True, False))
print(operator.lshift(1, 4), operator.rshift(256, 3), operator.abs(-4), operator.abs(-2.5), operator.index(7))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.eq(1, "1"), operator.ne([1], [1]), operator.lt("a", "b"), operator.lt((1, 2), (1, 3)))
print(operator.not_(0), operator.not_([]), operator.not_("x"), operator.truth(0), operator.truth([1]))
a = [1]
print(operator.is_(a, a), operator.is_(a, [1]), operator.is_not(a, [1]), operator.is_(None, None))
print(operator.contains([1, 2, 3], 2), operator.contains("hello", "ell"), operator.contains({"k": 1}, "v"))
print(operator.countOf([1, 2, 1, 3, 1], 1), operator.countOf("banana", "a"))
print(operator.concat([1, 2], [3]), operator.concat("ab", "cd"), operator.concat((1,), (2,)))
print(operator.getitem([10, 20, 30], 1), operator.getitem([10, 20, 30], -1), operator.getitem({"a": 5}, "a"), operator.getitem("xyz", 2))
d = {}
operator.setitem(d, "k", 9)
l = [0, 1, 2]
operator.setitem(l, -1, "z")
print(d, l)
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y, y is x, operator.iadd(1, 2), operator.iadd("a", "b"), operator.iconcat([1], (2,)))
print(operator.isub(5, 2), operator.imul(3, 3), operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))

students = [("alice", "B", 20), ("bob", "A", 22), ("carol", "B", 19), ("dave", "A", 21)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(list(map(itemgetter(0), students)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("x", "y")({"x": 1, "y": 2}))
print(itemgetter(1), itemgetter(1, "a"), repr(itemgetter(-1)))

class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self

people = [P("zed", 30), P("amy", 25), P("bo", 35)]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(attrgetter("name"), attrgetter("a.b", "c"))
print(methodcaller("upper")("hi"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o")("banana"))
print(methodcaller("get", "k", 0)({}), methodcaller("split", maxsplit=1)("a b c"))
print(methodcaller("upper"), methodcaller("split", ",", maxsplit=1))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(operator.add)
for bad in [lambda: operator.add(1, "a"), lambda: operator.truediv(1, 0), lambda: operator.itemgetter(5)([1]),
            lambda: operator.attrgetter("zz")(people[0]), lambda: operator.lt(1, "a"), lambda: operator.getitem({}, "q")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 5


class BadIdx:
    def __index__(self):
        return "5"


class SubIdx(Idx):
    pass


print(operator.index(Idx()), operator.index(SubIdx()), operator.index(True))
try:
    operator.index(BadIdx())
except TypeError as e:
    print(e)
