# Dicts with non-ASCII keys and values: order, lookups, reprs.
def index_words(text):
    d = {}
    for w in text.split():
        d.setdefault(w[0], []).append(w)
    return d


d = index_words("мама мыла раму а рама мыла маму")
print(d)
print(sorted(d), d["м"], d.get("ж", "нет"), "р" in d, list(d.keys())[0][0])
counts = {}
for ch in "колокольчик":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
try:
    d["ё"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print({k: v[::-1] for k, v in {"α": "αβγ", "日": "日本"}.items()})
