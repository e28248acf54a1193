# Дескрипторы единиц измерения: __set_name__, __get__ на классе, __delete__, __format__ со своими спецификаторами
class Unit:
    factors = {"мм": 0.001, "см": 0.01, "м": 1.0, "км": 1000.0}

    def __init__(self, default_unit="м", *, minimum=0.0):
        self.default_unit = default_unit
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.storage = f"_{name}_метры"
        owner._units = getattr(owner, "_units", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return Length(getattr(obj, self.storage))
        except AttributeError:
            raise AttributeError(f"{self.public} ещё не задано") from None

    def __set__(self, obj, value):
        if isinstance(value, str):
            number, _, unit = value.partition(" ")
            value = float(number.replace(",", ".")) * self.factors[unit or self.default_unit]
        elif isinstance(value, Length):
            value = value.meters
        else:
            value = float(value) * self.factors[self.default_unit]
        if value < self.minimum:
            raise ValueError(f"{self.public}: {value} м меньше минимума {self.minimum} м")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print(f"  сбрасываю {self.public}")
        delattr(obj, self.storage)

    def __repr__(self):
        return f"<Unit {self.public} в {self.default_unit}>"


class Length:
    def __init__(self, meters):
        self.meters = meters

    def __format__(self, spec):
        unit = "м"
        for u in sorted(Unit.factors, key=len, reverse=True):
            if spec.endswith(u):
                unit, spec = u, spec[: -len(u)]
                break
        value = self.meters / Unit.factors[unit]
        return f"{format(value, spec or 'g')} {unit}"

    def __str__(self):
        return format(self, ".2fм")

    def __add__(self, other):
        return Length(self.meters + other.meters)

    def __eq__(self, other):
        return isinstance(other, Length) and abs(self.meters - other.meters) < 1e-9

    def __lt__(self, other):
        return self.meters < other.meters


class Room:
    width = Unit()
    length = Unit()
    height = Unit("см", minimum=2.0)

    def __init__(self, name, width, length, height):
        self.name = name
        self.width, self.length, self.height = width, length, height

    @property
    def area(self):
        return self.width.meters * self.length.meters


rooms = [Room("кухня", "3,5 м", 400, "270 см"), Room("спальня", Length(4.2), "0,0038 км", 250),
         Room("ванная", "1800 мм", 2, "2,4")]
for r in rooms:
    print(f"{r.name:<8} {r.width:.1fм} × {r.length:.0fсм} × {r.height:мм} = {r.area:6.2f} м²")
print(Room._units, Room.width, Room.__dict__["height"].default_unit, type(Room.width).__name__)
print(str(rooms[0].width), rooms[0].width + rooms[1].width, f"{rooms[0].height:.3fкм}", f"{rooms[2].width}")
print(sorted(r.width for r in rooms)[0].meters, rooms[0].width == Length(3.5), max(rooms, key=lambda r: r.area).name)
for bad in ("1 м", -5, "abc"):
    try:
        rooms[0].height = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    rooms[0].width = "5 миль"
except KeyError as e:
    print("KeyError:", e)
del rooms[1].height
try:
    rooms[1].height
except AttributeError as e:
    print("AttributeError:", e)
rooms[1].height = Length(3)
print(rooms[1].height, sorted(k for k in vars(rooms[1])))
print(vars(rooms[2]))
