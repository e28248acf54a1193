# Sorting and min/max with keys that index strs.
words = ["вода", "арбуз", "ёж", "яма", "Борис", "щука"]
print(sorted(words, key=lambda w: w[-1]), sorted(words, key=lambda w: (len(w), w[1])))
print(min(words, key=lambda w: w[1]), max(words, key=lambda w: w[-1]))
print(sorted(words, key=str.casefold), sorted(words, key=lambda w: w.lower()[0]))
people = [{"имя": "Яна", "возраст": 30}, {"имя": "Аня", "возраст": 25}]
print([p["имя"][0] for p in sorted(people, key=lambda p: p["имя"])])
