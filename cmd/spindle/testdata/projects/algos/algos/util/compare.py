import re


class Counter:
    """Counts the comparisons a sort makes."""

    def __init__(self, key=None):
        self.key = key or (lambda x: x)
        self.count = 0

    def less(self, a, b):
        self.count += 1
        return self.key(a) < self.key(b)


def natural_key(s):
    """file10 sorts after file9."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", s)]
