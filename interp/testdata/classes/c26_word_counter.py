# Частотный словарь: класс поверх Counter, русские слова, сортировка и выравнивание
from collections import Counter, defaultdict, OrderedDict
import re

TEXT = """
Каждый охотник желает знать, где сидит фазан.
Охотник сидит в кустах, фазан сидит на ветке,
а каждый фазан знает: охотник ждёт. Ёжик в тумане тоже ждёт!
"""


class WordStats:
    STOP = frozenset({"а", "в", "на", "где", "тоже"})

    def __init__(self, text):
        self.words = [w.lower() for w in re.findall(r"[а-яё]+", text, re.IGNORECASE)]
        self.counts = Counter(w for w in self.words if w not in self.STOP)

    def top(self, n=5):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def by_first_letter(self):
        groups = defaultdict(list)
        for w in sorted(set(self.counts)):
            groups[w[0]].append(w)
        return dict(groups)

    def letters(self):
        return Counter("".join(self.words))

    def __getitem__(self, word):
        return self.counts[word.lower()]

    def __contains__(self, word):
        return word.lower() in self.counts

    def __len__(self):
        return len(self.counts)

    def __iter__(self):
        return iter(sorted(self.counts))

    def table(self, n=6):
        width = max(len(w) for w, _ in self.top(n))
        lines = [f"{'слово':<{width}} | {'раз':>3} | {'доля':>6}"]
        lines.append("-" * len(lines[0]))
        total = sum(self.counts.values())
        for w, c in self.top(n):
            lines.append(f"{w:<{width}} | {c:>3} | {c / total:>6.1%}")
        return "\n".join(lines)


ws = WordStats(TEXT)
print(len(ws.words), len(ws), ws["ФАЗАН"], ws["медведь"], "Охотник" in ws, "а" in ws)
print(ws.top(4))
print(ws.table())
print(ws.by_first_letter())
print(list(ws)[:5], ws.letters().most_common(3))
c = ws.counts
c2 = Counter({"фазан": 1, "сова": 2})
print((c + c2).most_common(2), (c - c2)["фазан"], (c & c2), sorted((c | c2).items())[:3])
c.update(["сова", "сова"])
c.subtract({"охотник": 3})
print(c["сова"], c["охотник"], sorted(k for k, v in c.items() if v <= 0))
print(sorted(c.elements())[:4], sum(c.values()), c.total())
od = OrderedDict(sorted(ws.counts.items(), key=lambda kv: kv[0][::-1]))
od.move_to_end(list(od)[0])
print(list(od)[:3], list(od)[-1])
print(sorted(ws.counts, key=len, reverse=True)[:3], max(ws.words, key=len))
print(" ".join(w.capitalize() for w in ws.words[:5]), "|".join(sorted({w[-1] for w in ws.words})))
print(Counter("ёжик и ёлка").most_common(2), Counter(ws.words).most_common()[-1])
