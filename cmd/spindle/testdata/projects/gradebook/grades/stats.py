from .models import Grade

THRESHOLDS = [(90, Grade.A), (75, Grade.B), (60, Grade.C)]


def mean(values):
    if not values:
        raise ValueError("mean of empty data")
    return sum(values) / len(values)


def median(values):
    data = sorted(values)
    n = len(data)
    if n == 0:
        raise ValueError("no median for empty data")
    mid = n // 2
    if n % 2:
        return data[mid]
    return (data[mid - 1] + data[mid]) / 2


def letter(score):
    for bound, grade in THRESHOLDS:
        if score >= bound:
            return grade
    return Grade.F
