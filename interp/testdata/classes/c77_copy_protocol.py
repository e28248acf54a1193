# copy.copy/deepcopy: __copy__/__deepcopy__, memo, общие ссылки, циклы, __getstate__-free объекты
import copy


class Document:
    instances = 0

    def __init__(self, title, tags, owner):
        Document.instances += 1
        self.title = title
        self.tags = tags
        self.owner = owner
        self.history = []

    def __copy__(self):
        print(f"  __copy__ для {self.title!r}")
        clone = Document.__new__(Document)
        clone.__dict__.update(self.__dict__)
        clone.history = []
        return clone

    def __deepcopy__(self, memo):
        print(f"  __deepcopy__ для {self.title!r}, в memo {len(memo)} объектов")
        clone = Document(self.title + " (копия)", copy.deepcopy(self.tags, memo), self.owner)
        memo[id(self)] = clone
        return clone

    def __repr__(self):
        return f"Document({self.title!r}, {self.tags}, owner={self.owner['имя']})"


owner = {"имя": "Ольга", "роль": "редактор"}
doc = Document("Отчёт", ["финансы", "2024"], owner)
doc.history.append("создан")
shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
doc.tags.append("черновик")
print(doc, shallow, deep, sep="\n")
print(shallow.tags is doc.tags, deep.tags is doc.tags, deep.owner is owner, shallow.history, Document.instances)


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}, links={[n.name for n in self.links]})"


a, b = Node("а"), Node("б")
a.links.append(b)
b.links.append(a)
graph = {"корень": a, "все": [a, b]}
g2 = copy.deepcopy(graph)
print(g2["корень"], g2["все"][1])
print(g2["корень"] is g2["все"][0], g2["корень"].links[0] is g2["все"][1], g2["все"][1].links[0] is g2["корень"])
print(g2["корень"] is a, copy.copy(graph)["корень"] is a)

shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared, copy.copy(pair)[0] is shared)

nested = {"список": [[1, 2], [3]], "кортеж": (1, [2]), "строка": "неизменна", "число": 10**20}
d2 = copy.deepcopy(nested)
d2["список"][0].append(99)
d2["кортеж"][1].append(3)
print(nested, d2, sep="\n")
t = (1, "а", (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1]) == [1], copy.deepcopy("ё") == "ё")


class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __eq__(self, other):
        return vars(self) == vars(other)


c1 = Config(язык="ru", параметры={"шрифт": 12})
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.параметры["шрифт"] = 14
print(c2.параметры, c3.параметры, c1 == c2, c1 == c3, type(c3).__name__)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


s = Slotted([1], "б")
s2 = copy.deepcopy(s)
s2.x.append(2)
print(s.x, s2.x, s2.y, copy.copy(s).x is s.x)
memo = {}
lst = [doc]
copy.deepcopy(lst, memo)
print(id(doc) in memo, len(memo) > 1)
