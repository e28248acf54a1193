from ..base import Converter, render

TABLE = dict(zip("абвгдеёзийклмнопрстуфхцы", "abvgdeezijklmnoprstufhcy"))
TABLE.update({"ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "э": "e"})


class Translit(Converter):
    name = "translit"

    def __init__(self, strict=False):
        self.strict = strict

    def convert(self, text):
        out = []
        for ch in text:
            low = ch.lower()
            if low in TABLE:
                t = TABLE[low]
                out.append(t.capitalize() if ch != low else t)
            elif self.strict and ord(ch) > 127:
                raise ValueError(f"cannot transliterate {ch!r}")
            else:
                out.append(ch)
        return "".join(out)


@render.register
def _(value: Translit):
    return f"translit(strict={value.strict})"
