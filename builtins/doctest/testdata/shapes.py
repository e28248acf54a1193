"""Shapes, a module whose docstrings are tested by testmod_module.py
(and by itself when run as a script).

>>> area(Square(3))
9
"""


class Square:
    """A square.

    >>> Square(2).side
    2
    """

    def __init__(self, side):
        self.side = side

    def area(self):
        """
        >>> Square(4).area()
        16
        """
        return self.side * self.side


def area(shape):
    """The area of shape.

    >>> area(Square(5))
    25
    >>> area(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'area'
    """
    return shape.area()


def wrong():
    """
    >>> wrong()
    'right'
    """
    return "wrong"


if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=False, report=False))
