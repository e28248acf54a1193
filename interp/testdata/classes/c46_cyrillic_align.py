# Выравнивание и ширина: center/ljust/rjust с кириллицей и эмодзи, форматированные таблицы
items = [("Хлеб", 45.5, 2), ("Молоко 🥛", 89.99, 1), ("Сыр «Российский»", 512.0, 0.35), ("Ёжики 🦔🦔", 7, 10)]
print("+" + "-" * 24 + "+" + "-" * 10 + "+" + "-" * 8 + "+")
print(f"|{'Товар':^24}|{'Цена':^10}|{'Кол-во':^8}|")
for name, price, qty in items:
    print(f"|{name:<24}|{price:>10.2f}|{qty:>8}|")
total = sum(p * q for _, p, q in items)
print(f"|{'Итого':>24}|{total:>10.2f}|{'':8}|")

for w in ["ёж", "🦔", "Ёжик 🦔", ""]:
    print(repr(w.center(9, "·")), repr(w.ljust(6, "_")), repr(w.rjust(6, "→")), len(w))

print("{:*^20}".format(" Отчёт "))
print("{:=>15}".format("Ё"))
print("{0:<10}|{0:^10}|{0:>10}|".format("кот"))
print(format("слово", "10"), format("слово", "<3"), format("длинное слово", ".4"), format("ёж", "^7.1"))
print(f"{'Москва':.3}|{'Москва':>8.3}|{'Москва':-<8}|")
widths = [len(n) for n, _, _ in items]
print(widths, max(items, key=lambda t: len(t[0]))[0])

rows = [["№", "Фамилия", "Имя", "Балл"], [1, "Иванов", "Пётр", 87.5], [2, "Щукина", "Алёна", 92], [10, "Ли", "Юй", 100]]
cols = list(zip(*rows))
w = [max(len(str(c)) for c in col) for col in cols]
for r in rows:
    print(" | ".join(str(c).rjust(wi) if isinstance(c, (int, float)) else str(c).ljust(wi) for c, wi in zip(r, w)))

print("%-10s|%10s|" % ("Лев", "Толстой"))
print("%5.1f%%|%-6d|%+d|%05d" % (99.44, 42, 7, -42))
print("%s и %r" % ("ёлка", "ёлка"), "%c%c" % (1046, "ж"), "%(имя)s-%(n)03d" % {"имя": "файл", "n": 7})
print("%.3s|%10.2e|%-8x|%#o|%#X" % ("кириллица", 12345.678, 255, 8, 255))
line = "Мороз и солнце; день чудесный!"
for width in (10, 35):
    print(f"[{line:^{width}}]", f"[{line[:width]:>{width}}]")
print(f"{'тест'!r:>12}|{'тест'!s:<8}|{'тест'!a}")
