# __slots__, копирование объектов: copy/deepcopy, __copy__/__deepcopy__
import copy


class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="чёрный"):
        self.x, self.y, self.color = x, y, color

    def __repr__(self):
        return f"Pixel({self.x}, {self.y}, {self.color!r})"


class Pixel3D(Pixel):
    __slots__ = ("z",)

    def __init__(self, x, y, z, color="белый"):
        super().__init__(x, y, color)
        self.z = z

    def __repr__(self):
        return f"Pixel3D({self.x}, {self.y}, {self.z}, {self.color!r})"


class Document:
    def __init__(self, title, pages, meta):
        self.title = title
        self.pages = pages
        self.meta = meta

    def __repr__(self):
        return f"Document({self.title!r}, {self.pages}, {self.meta})"


class Counted:
    copies = 0

    def __init__(self, data):
        self.data = data

    def __copy__(self):
        Counted.copies += 1
        print("  __copy__")
        return Counted(self.data)

    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        return Counted(copy.deepcopy(self.data, memo))


p = Pixel(1, 2)
print(p, p.x, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)
p.color = "красный"
del p.color
try:
    print(p.color)
except AttributeError as e:
    print("AttributeError:", e)
q = Pixel3D(1, 2, 3)
print(q, isinstance(q, Pixel), Pixel3D.__slots__)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
q2 = copy.copy(q)
q2.z = 30
print(q, q2, q2 is q)

doc = Document("Отчёт", [["стр1"], ["стр2"]], {"автор": "Иванов", "теги": ["а"]})
shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
doc.pages[0].append("правка")
doc.meta["теги"].append("б")
doc.title = "Новый отчёт"
print(doc)
print(shallow)
print(deep)
print(shallow.pages is doc.pages, deep.pages is doc.pages, deep.meta == {"автор": "Иванов", "теги": ["а"]})

c = Counted([1, [2, 3]])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c.data[1].append(4)
print(c.data, c2.data, c3.data, Counted.copies)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)
nested = {"список": [Pixel(0, 0)], "кортеж": (1, [2])}
n2 = copy.deepcopy(nested)
n2["кортеж"][1].append(3)
print(nested, n2)
print(copy.copy(42), copy.deepcopy("строка"), copy.copy((1, 2)) == (1, 2))
lst = [Document("а", [], {})]
lst2 = lst.copy()
lst3 = lst[:]
lst2[0].title = "б"
print(lst[0].title, lst3[0] is lst[0], list(lst) == lst)
