# Библиотека: class attributes vs instance attributes, name mangling, vars/dir
from functools import cached_property


class Book:
    total = 0
    genres = []          # общий список на класс (ловушка!)
    __secret = "тайна"

    def __init__(self, title, author, year):
        self.title = title
        self.author = author
        self.year = year
        self.__id = Book.total
        Book.total += 1

    @property
    def id(self):
        return self.__id

    def reveal(self):
        return self.__secret

    @cached_property
    def slug(self):
        print(f"  (slug для {self.title})")
        return "-".join(self.title.lower().split())

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r}, {self.year})"


class RareBook(Book):
    __secret = "другая тайна"

    def reveal_both(self):
        return self.__secret, self.reveal()


class Library:
    def __init__(self, name):
        self.name = name
        self.books = {}

    def add(self, *books):
        for b in books:
            self.books[b.id] = b
        return self

    def by_author(self):
        result = {}
        for b in self.books.values():
            result.setdefault(b.author, []).append(b.title)
        return result

    def __len__(self):
        return len(self.books)

    def __contains__(self, title):
        return any(b.title == title for b in self.books.values())

    def __getitem__(self, key):
        return self.books[key]


lib = Library("Городская")
lib.add(Book("Война и мир", "Толстой", 1869), Book("Анна Каренина", "Толстой", 1877))
lib.add(RareBook("Слово о полку Игореве", "неизвестен", 1185))
print(len(lib), "Анна Каренина" in lib, "Идиот" in lib, lib[2])
print(lib.by_author())
b = lib[0]
print(b.id, b._Book__id, b.reveal(), b._Book__secret)
try:
    print(b.__id)
except AttributeError as e:
    print("AttributeError:", e)
r = lib[2]
print(r.reveal_both(), RareBook._RareBook__secret, sorted(k for k in vars(RareBook) if "secret" in k))
print(sorted(vars(b)), b.slug, b.slug, sorted(vars(b)))
b.genres.append("роман")
print(Book.genres, r.genres, Book.genres is r.genres)
b.genres = ["только мой"]
print(b.genres, Book.genres, lib[1].genres)
print(Book.total, b.total, RareBook.total)
b.total = 100
print(b.total, Book.total, "total" in vars(b), "total" in vars(Book))
del b.total
print(b.total)
print([n for n in dir(b) if not n.startswith("__")])
print(type(b).__name__, type(r).__mro__[1].__name__, r.__class__.__bases__[0] is Book)
print(getattr(r, "title"), setattr(r, "year", 1200), r.year, hasattr(Book, "slug"))
for attr in ("title", "nonexistent", "_Book__id"):
    print(attr, getattr(b, attr, "—"))
print(vars(Library("Пустая")))
