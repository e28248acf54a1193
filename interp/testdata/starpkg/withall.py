__all__ = ["greet", "привет", "Counter"]


def greet(name):
    return "hello " + name


привет = "мир"


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


hidden = "public but not in __all__"
_private = 1
