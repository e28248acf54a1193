def add(a, b):
    return a + b


def percent(part, whole):
    if not whole:
        return 0.0
    return round(100 * part / whole, 1)


def plural(n, one, few, many):
    """Russian plural forms: 1 заметка, 2 заметки, 5 заметок."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many
