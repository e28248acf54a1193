"""Doctests of a script, run by testmod(): what passes is silent, what
fails is reported as CPython reports it.

>>> 1 + 1
2
>>> print("Привет, мир")
Привет, мир
"""
import doctest
import threading


def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(2)    # wrong on purpose
    5
    >>> [square(i) for i in range(12)]    # doctest: +ELLIPSIS
    [0, 1, 4, ..., 121]
    >>> [square(i) for i in range(12)]    # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 4, 9, 16, 25,
     36, 49, 64, 81, 100, 121]
    >>> square(0) == 0
    1
    >>> square(0) == 0    # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    """
    return x * x


def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> divide(1, 0)    # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ZeroDivisionError: some other text
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    """
    return a / b


class Counter:
    """A counter shared by threads.

    >>> c = Counter()
    >>> def bump(n):
    ...     for _ in range(n):
    ...         c.add()
    >>> threads = [threading.Thread(target=bump, args=(100,)) for _ in range(4)]
    >>> for t in threads:
    ...     t.start()
    >>> for t in threads:
    ...     t.join()
    >>> c.value
    400
    >>> c.value    # doctest: +SKIP
    this is never checked
    """

    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add(self):
        """
        >>> k = Counter()
        >>> k.add()
        1
        >>> k.add(); k.add()
        2
        3
        """
        with self.lock:
            self.value += 1
            return self.value


def shared_names():
    """Functions see the names later examples bind.

    >>> def show():
    ...     return later
    >>> later = "bound afterwards"
    >>> show()
    'bound afterwards'
    >>> later = "rebound"
    >>> show()
    'rebound'
    >>> x = 5
    >>> x
    5
    >>> None
    >>> print()
    <BLANKLINE>
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print("no output expected")
    >>> y = 1
    2
    """


print(doctest.testmod())
print(doctest.testmod(report=False))
