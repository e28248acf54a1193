import threading

VALUE = 42
число = 7


def twice(x):
    return 2 * x


def _helper():
    return "private"


_secret = "s"
