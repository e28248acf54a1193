# Отчёт по складу: вложенные классы, __eq__/__hash__ в словарях и множествах, __lt__ для sorted, str-методы кириллицы
class Category:
    _registry = {}

    def __new__(cls, name):
        key = name.strip().lower()
        if key not in cls._registry:
            obj = super().__new__(cls)
            obj.name = key
            cls._registry[key] = obj
        return cls._registry[key]

    def __repr__(self):
        return f"Category({self.name!r})"


class Product:
    class Unit:
        PIECE = "шт."
        KG = "кг"

    def __init__(self, sku, title, category, price, unit=Unit.PIECE):
        self.sku = sku.upper()
        self.title = title
        self.category = Category(category)
        self.price = price
        self.unit = unit

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.category.name, self.title.lower()) < (other.category.name, other.title.lower())

    def __repr__(self):
        return f"Product({self.sku!r})"


class Stock:
    def __init__(self):
        self.items = {}

    def receive(self, product, qty):
        self.items[product] = self.items.get(product, 0) + qty

    def __iter__(self):
        return iter(sorted(self.items.items()))

    def value(self):
        return sum(p.price * q for p, q in self.items.items())

    def report(self):
        lines = []
        current = None
        for p, q in self:
            if p.category is not current:
                current = p.category
                lines.append(current.name.upper().center(40, "="))
            title = p.title if len(p.title) <= 18 else p.title[:17] + "…"
            lines.append(f"{p.sku:<6}{title:<19}{q:>5} {p.unit:<4}{p.price * q:>9.2f}")
        lines.append(f"{'ИТОГО':>30}{self.value():>10.2f}")
        return "\n".join(lines)


s = Stock()
s.receive(Product("a1", "Яблоки Антоновка", "Фрукты", 120.5, Product.Unit.KG), 12)
s.receive(Product("b7", "Бананы", " фрукты ", 99.9, Product.Unit.KG), 7)
s.receive(Product("m3", "Молоко пастеризованное 3,2%", "Молочное", 89.0), 20)
s.receive(Product("A1", "яблоки (дубль)", "Фрукты", 0), 3)
s.receive(Product("k2", "Кефир", "молочное", 75.25), 4)
print(s.report())
print(len(s.items), Category("ФРУКТЫ") is Category("фрукты"), sorted(Category._registry))
print(Product("x", "Ёлка", "Праздник", 1) == Product("X", "другое", "x", 2), len({Product("q", "", "c", 0), Product("Q", "", "c", 0)}))
print(sorted(p.title for p in s.items), sorted(s.items)[0].title)
titles = [p.title for p in s.items]
print([t.split()[0].lower() for t in titles], " / ".join(t[:3] for t in titles))
print(max(titles, key=len), min(titles), [t.istitle() for t in titles])
print({p.sku: p.category.name for p in s.items}, Product.Unit.KG, Product.Unit.__qualname__)
