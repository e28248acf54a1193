import os

from .template import Template

HERE = os.path.dirname(os.path.abspath(__file__))


class Loader:
    """Templates from a directory, compiled once."""

    def __init__(self, directory=os.path.join(HERE, "templates")):
        self.directory = directory
        self.cache = {}
        self.loads = 0

    def get(self, name):
        if name not in self.cache:
            path = os.path.join(self.directory, name)
            with open(path, encoding="utf-8") as f:
                self.cache[name] = Template(f.read(), name)
            self.loads += 1
        return self.cache[name]

    def names(self):
        return sorted(n for n in os.listdir(self.directory) if n.endswith(".txt"))


_default = None


def default_loader():
    global _default
    if _default is None:
        _default = Loader()
    return _default
