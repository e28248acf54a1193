from ..base import Converter


class Upper(Converter):
    name = "upper"

    def convert(self, text):
        return text.upper()


class Title(Converter):
    name = "title"

    def __init__(self, small=("и", "в", "of", "the")):
        self.small = set(small)

    def convert(self, text):
        words = text.split()
        return " ".join(w if i and w in self.small else w.capitalize() for i, w in enumerate(words))
