# __lt__ и сортировка объектов, min/max/heapq/bisect, functools.cached_property, total_ordering
import bisect
import heapq
from functools import cached_property, total_ordering


class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades

    @cached_property
    def average(self):
        print(f"  (считаю средний балл {self.name})")
        return sum(self.grades) / len(self.grades)

    def __lt__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return (-self.average, self.name) < (-other.average, other.name)

    def __repr__(self):
        return f"{self.name}({self.average:.2f})"


group = [Student("Иванов", [5, 4, 5]), Student("Петрова", [5, 5, 5]),
         Student("Сидоров", [3, 4, 4]), Student("Алексеева", [4, 5, 5])]
print(sorted(group))
print(min(group), max(group), sorted(group, reverse=True)[0])
print(group[0].average, "average" in vars(group[0]))
del group[0].average
group[0].grades.append(2)
print(group[0].average)
try:
    group[0] < 5
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([group[0], "строка"])
except TypeError as e:
    print("TypeError:", e)
try:
    group[0] <= group[1]
except TypeError as e:
    print("TypeError:", e)
print(group[1] > group[0], group[0] > group[1])

heap = list(group)
heapq.heapify(heap)
print([heapq.heappop(heap).name for _ in range(len(group))])
print(heapq.nsmallest(2, group), heapq.nlargest(1, group, key=lambda s: len(s.name)))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = sorted(Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "2.0"])
print(versions, Version("1.2") >= Version("1.1"), Version("1.0") != Version("1.0"))
pos = bisect.bisect_left(versions, Version("1.5"))
print(pos, versions[pos])
bisect.insort(versions, Version("1.3"))
print(versions)
names = sorted(s.name for s in group)
print(names, bisect.bisect(names, "Б"), bisect.bisect_left([s.average for s in sorted(group, key=lambda s: s.average)], 4.5))
print(bisect.bisect_right(versions, Version("1.3"), key=None))


class Lazy:
    @cached_property
    def data(self):
        return [1, 2, 3]


print(type(Lazy.__dict__["data"]).__name__, Lazy.data.attrname, Lazy().data)
try:
    class Slotted:
        __slots__ = ("x",)

        @cached_property
        def y(self):
            return 1
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
