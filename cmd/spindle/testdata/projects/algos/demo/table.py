from algos.util import Counter


def render(sorts, data):
    rows = []
    for name, fn in sorted(sorts.items()):
        c = Counter()
        fn(data, counter=c)
        rows.append(f"{name:>10} | {c.count:>4} comparisons")
    return "\n".join(rows)
