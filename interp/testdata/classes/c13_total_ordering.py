# Сортировка объектов: __eq__/__hash__/__lt__, total_ordering, key-функции
from functools import total_ordering, cmp_to_key
from operator import attrgetter, itemgetter


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"v{self.text}"


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f"{self.name}({self.dept}, {self.salary})"


vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.10"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") <= Version("1.2"), Version("1.3") > Version("1.2.9"), Version("1.0") >= Version("1.0.1"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"), Version("1") == "1")
print(len(set(vs)), sorted(set(vs), reverse=True))
try:
    Version("1.0") < "2.0"
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") >= 3
except TypeError as e:
    print("TypeError:", e)

staff = [
    Employee("Ольга", "бухгалтерия", 90000),
    Employee("Игорь", "ИТ", 150000),
    Employee("Анна", "ИТ", 150000),
    Employee("Яков", "склад", 60000),
    Employee("Борис", "бухгалтерия", 85000),
]
print(sorted(staff, key=attrgetter("dept", "name")))
print(sorted(staff, key=lambda e: (-e.salary, e.name)))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = sum(p.salary for p in people)
    print(f"{dept:<12}|{len(people):^5}|{total:>10,}|{', '.join(p.name for p in people)}")


def compare(a, b):
    if a.dept != b.dept:
        return -1 if a.dept < b.dept else 1
    return b.salary - a.salary


print([e.name for e in sorted(staff, key=cmp_to_key(compare))])
pairs = [("груша", 3), ("яблоко", 1), ("арбуз", 3), ("ёжевика", 2)]
print(sorted(pairs, key=itemgetter(1, 0)), sorted(pairs, key=itemgetter(0)))
print(min(staff, key=attrgetter("salary")).name, max(pairs, key=lambda p: len(p[0])))


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1))
try:
    sorted([p1, p2])
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__, NoHash() == NoHash())
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
