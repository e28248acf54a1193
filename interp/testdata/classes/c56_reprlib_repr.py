# __repr__/__str__ на практике: reprlib для длинных структур, рекурсивные контейнеры, !r в f-строках
import reprlib


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})" if self.children else f"Node({self.name!r})"

    def __str__(self):
        return self.name + ("(" + ", ".join(map(str, self.children)) + ")" if self.children else "")


tree = Node("корень", [Node("а", [Node("а1"), Node("а2")]), Node("б")])
print(repr(tree))
print(str(tree), f"{tree}", f"{tree!r:.20}", "%s | %r" % (tree.children[1], tree.children[1]))
print([tree.children[1]], {"ключ": Node("знач")}, (Node("x"),))

r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 15
print(r.repr(list(range(100))), r.repr("очень длинная строка текста"))
print(reprlib.repr(list(range(20))), reprlib.repr(set(range(12))), reprlib.repr("ё" * 50))
print(reprlib.repr({i: chr(1040 + i) for i in range(10)}))
print(reprlib.repr([[1, [2, [3, [4, [5]]]]]]), reprlib.repr(tuple("абвгдежзик")))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Matrix({self.rows!r})"


m = Matrix([[1, 2]])
m.rows.append(m)
print(m)

lst = [1, 2]
lst.append(lst)
d = {"я": 1}
d["сам"] = d
print(lst, d)


class Quoted(str):
    def __repr__(self):
        return f"«{self}»"


q = Quoted("цитата")
print(q, repr(q), [q], f"{q!r}", f"{q!s}", str(q) == "цитата", len(q))


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"

    def __repr__(self):
        return f"Celsius({float(self)!r})"


t = Celsius(21.456)
print(t, repr(t), [t], f"{t}", f"{t:.2f}", t + 1, type(t + 1).__name__)


class NoRepr:
    pass


obj = NoRepr()
print(repr(obj).startswith("<__main__.NoRepr object at 0x"), str(obj) == repr(obj))


class OnlyStr:
    def __str__(self):
        return "только str"


print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr"), [str(OnlyStr())])
print(repr("кавычки ' и \""), repr('одинарная \''), repr("табуляция\t"), ascii("ёж"), repr(b"\xd0\x81"))
