# Статистика русского текста: Counter.most_common, casefold, isalpha, длины слов, таблицы
from collections import Counter, defaultdict
import string

text = """Белеет парус одинокой
В тумане моря голубом!..
Что ищет он в стране далёкой?
Что кинул он в краю родном?..
Играют волны — ветер свищет,
И мачта гнётся и скрыпит...
Увы! он счастия не ищет
И не от счастия бежит!"""

lines = text.splitlines()
print(f"строк: {len(lines)}, символов: {len(text)}, без пробелов: {sum(not c.isspace() for c in text)}")
words = ["".join(c for c in w if c.isalpha()) for w in text.split()]
words = [w.casefold() for w in words if w]
print(f"слов: {len(words)}, уникальных: {len(set(words))}")

freq = Counter(words)
print(freq.most_common(4))
print(f"{'слово':<10}|{'раз':>5}|{'доля':>7}")
print("-" * 10 + "+" + "-" * 5 + "+" + "-" * 7)
for word, n in freq.most_common(6):
    print(f"{word:<10}|{n:>5}|{n / len(words):>7.1%}")

letters = Counter(c for c in text.casefold() if c.isalpha())
vowels = set("аеёиоуыэюя")
print("гласных:", sum(n for c, n in letters.items() if c in vowels), "согласных:", sum(n for c, n in letters.items() if c not in vowels))
print("топ букв:", " ".join(f"{c}={n}" for c, n in letters.most_common(5)))

by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:>2} │ {', '.join(by_len[n])}")

longest = max(words, key=len)
print("самое длинное:", longest, len(longest), longest.upper(), longest.capitalize(), longest[::-1])
punct = Counter(c for c in text if c in string.punctuation or c in "—…")
print(sorted(punct.items()))
print([line.split()[0] for line in lines], sum(1 for line in lines if line.rstrip().endswith("?")))
caps = [w for w in text.split() if w[:1].isupper()]
print(caps[:5], len(caps))
print("ё" in text, text.count("ё"), text.find("счастия"), text.rfind("счастия"), text.index("парус"))
print(sorted({w for w in words if w.startswith(("с", "в"))}))
print(Counter(words) - Counter(["и", "и", "он"]) == Counter(w for w in words if w not in ("и", "он")) ,
      (freq + Counter({"новое": 1}))["новое"], freq["нет"], freq.total())
stats = Counter({"а": 3, "б": 1})
stats.update("абв")
stats.subtract({"б": 5})
print(stats, +stats, -stats, list(stats.elements()))
print("{:=^30}".format(" Лермонтов "), "{:*>8}".format("Парус"), f"{'ёж':~<6}|")
