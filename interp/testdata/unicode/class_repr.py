# Classes whose __str__ and __repr__ return Cyrillic, in formatting.
class Город:
    def __init__(self, имя, население):
        self.имя = имя
        self.население = население

    def __repr__(self):
        return f"Город({self.имя!r})"

    def __str__(self):
        return f"{self.имя} ({self.население})"


гг = [Город("Москва", 13), Город("Казань", 1)]
print(гг, str(гг[0]), repr(гг[1]), f"{гг[0]!s:>20}|", f"{гг[1]!r:<20}|")
print("%s и %r" % (гг[0], гг[1]), "{} / {!r}".format(гг[0], гг[1]))
print([г.имя[0] for г in гг], max(гг, key=lambda г: г.население).имя)
print(type(гг[0]).__name__, type(гг[0]).__name__[0])
