import datetime


class Дата:
    """Дата с альтернативными конструкторами из русских строк."""

    МЕСЯЦЫ = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
              "августа", "сентября", "октября", "ноября", "декабря")
    создано = 0

    def __init__(self, день, месяц, год):
        if not Дата.корректна(день, месяц, год):
            raise ValueError(f"некорректная дата: {день:02d}.{месяц:02d}.{год}")
        self.день, self.месяц, self.год = день, месяц, год
        type(self).создано += 1

    @classmethod
    def из_строки(cls, текст):
        день, месяц, год = текст.split()
        return cls(int(день), cls.МЕСЯЦЫ.index(месяц.lower()) + 1, int(год.rstrip("г.")))

    @classmethod
    def из_точек(cls, текст):
        return cls(*map(int, текст.split(".")))

    @staticmethod
    def високосный(год):
        return год % 4 == 0 and (год % 100 != 0 or год % 400 == 0)

    @staticmethod
    def корректна(день, месяц, год):
        дней = [31, 29 if Дата.високосный(год) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return 1 <= месяц <= 12 and 1 <= день <= дней[месяц - 1]

    @property
    def день_недели(self):
        return ["пн", "вт", "ср", "чт", "пт", "сб", "вс"][datetime.date(self.год, self.месяц, self.день).weekday()]

    def __str__(self):
        return f"{self.день} {self.МЕСЯЦЫ[self.месяц - 1]} {self.год} г."

    def __repr__(self):
        return f"{type(self).__name__}({self.день}, {self.месяц}, {self.год})"


class Праздник(Дата):
    создано = 0

    def __init__(self, день, месяц, год, название="праздник"):
        super().__init__(день, месяц, год)
        self.название = название

    def __str__(self):
        return f"{self.название}: {super().__str__()}"


д = Дата.из_строки("12 Апреля 1961г.")
п = Праздник.из_точек("31.12.2024")
print(д, repr(д), д.день_недели, п, repr(п), type(п).__name__)
print(Дата.создано, Праздник.создано, д.високосный(2024), Дата.високосный(1900), Праздник.високосный(2000))
print(type(Дата.__dict__["из_строки"]).__name__, type(Дата.__dict__["високосный"]).__name__, type(Дата.день_недели).__name__)
print(Дата.из_строки.__self__ is Дата, Праздник.из_строки.__self__ is Праздник, д.из_точек.__self__ is Дата)
print(Дата.високосный is д.високосный, Дата.__dict__["високосный"].__func__ is Дата.високосный)
for текст in ["30 февраля 2023", "1 мартобря 2020", "29.02.2023", "29.02.2024"]:
    try:
        print("ok:", Дата.из_точек(текст) if "." in текст else Дата.из_строки(текст))
    except ValueError as e:
        print("ValueError:", e)

Дата.__init__(д, 1, 1, 2000)
print(д, object.__repr__(д).startswith("<__main__.Дата object at"), str.upper("ё"), Дата.__str__(п))
object.__setattr__(д, "год", 1999)
print(д.год, getattr(д, "век", "нет"), Дата.__dict__["МЕСЯЦЫ"][0], vars(п)["название"])
try:
    Дата.день_недели.fset(д, "пн")
except TypeError as e:
    print("TypeError:", e)
try:
    д.день_недели = "пн"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Дата.из_строки()
except TypeError as e:
    print("TypeError:", e)
try:
    Дата.корректна(1, 2)
except TypeError as e:
    print("TypeError:", e)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm("абв"), callable(sm), type(cm).__name__, cm.__func__(Дата), Дата.создано, Праздник.создано)
