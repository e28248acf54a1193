from . import PRECISION


class CalcError(ArithmeticError):
    pass


def divide(a, b):
    if b == 0:
        raise CalcError(f"деление на ноль: {a} / {b}")
    return round(a / b, PRECISION)


def mean(values):
    return round(sum(values) / len(values), PRECISION)


def parse(text):
    values = []
    for x in text.split(","):
        values.append(float(x))
    return values
