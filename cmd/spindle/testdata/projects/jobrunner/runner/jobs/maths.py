import math

from runner.registry import job
from . import text  # noqa: F401 - sibling import


def fetch(n):
    return n


@job(retries=2)
def square_root(n):
    value = fetch(n)
    if value < 0:
        raise ValueError(f"negative: {value}")
    return round(math.sqrt(value), 3)


@job
def factorial(n):
    return math.factorial(n)
