# Температура: __format__ со своими спецификаторами, __str__/__repr__, classmethod-конструкторы
class Temperature:
    UNITS = {"C": "°C", "F": "°F", "K": "K"}

    def __init__(self, celsius):
        self.celsius = float(celsius)

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def from_kelvin(cls, k):
        return cls(k - 273.15)

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @property
    def kelvin(self):
        return self.celsius + 273.15

    def __format__(self, spec):
        unit = "C"
        if spec and spec[-1] in self.UNITS:
            spec, unit = spec[:-1], spec[-1]
        value = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return format(value, spec or ".1f") + self.UNITS[unit]

    def __str__(self):
        return f"{self:.1fC}"

    def __repr__(self):
        return f"Temperature({self.celsius!r})"

    def __eq__(self, other):
        return isinstance(other, Temperature) and round(self.celsius, 6) == round(other.celsius, 6)

    def __lt__(self, other):
        return self.celsius < other.celsius

    def __hash__(self):
        return hash(round(self.celsius, 6))


t = Temperature(21.5)
print(t, repr(t), f"{t:F}", f"{t:.2K}", f"{t:>10.0C}|", format(t, "08.3F"))
print(Temperature.from_fahrenheit(98.6), Temperature.from_kelvin(0), Temperature.from_fahrenheit(32) == Temperature(0))
readings = {"Москва": -12.3, "Сочи": 14.0, "Якутск": -41.7, "Казань": -8.05}
temps = {city: Temperature(c) for city, c in readings.items()}
print(f"{'Город':<8}|{'°C':>8}|{'°F':>9}|{'K':>9}")
for city, temp in sorted(temps.items(), key=lambda kv: kv[1]):
    print(f"{city:<8}|{temp:>8C}|{temp:>9.1F}|{temp:>9.2K}")
coldest = min(temps, key=temps.get)
print(f"Холоднее всего: {coldest} ({temps[coldest]})")
print(sorted(temps.values()), max(temps.values()))
print(len({Temperature(0), Temperature(0.0), Temperature.from_kelvin(273.15)}))
print("{0} и {0:F} и {1:K}".format(Temperature(100), Temperature(-273.15)))
print("%s / %r" % (t, t), str(t).center(14, "~"), "{:^12}".format(str(t)))
for spec in ["", "C", ".3", "e", "+.1F"]:
    print(repr(spec), "->", format(Temperature(-5), spec))
try:
    format(t, "Q")
except ValueError as e:
    print("ValueError:", e)
