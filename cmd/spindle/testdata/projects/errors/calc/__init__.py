"""calc: no __main__, so python -m calc cannot run it."""

PRECISION = 2
print("calc imported as", __name__)
