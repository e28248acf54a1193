"""testmod(verbose=True): every example, then the counts of every item,
the ones without tests included.

>>> answer
42
"""
import doctest

answer = 42


def documented():
    """
    >>> documented()
    'yes'
    >>> print("two\\nlines")
    two
    lines
    """
    return "yes"


def undocumented():
    return None


class Box:
    """
    >>> Box(3).size
    3
    """

    def __init__(self, size):
        self.size = size

    def grow(self):
        """Grow by one.

        >>> b = Box(1)
        >>> b.grow()
        >>> b.size
        2
        """
        self.size += 1

    def plain(self):
        pass

    @staticmethod
    def make():
        """
        >>> Box.make().size
        0
        """
        return Box(0)

    @classmethod
    def named(cls):
        """
        >>> Box.named() is not None
        True
        """
        return cls(1)


class Small(Box):
    """
    >>> Small(2).size
    2
    """


print(doctest.testmod(verbose=True))
doctest.run_docstring_examples(documented, globals(), verbose=True, name="documented")
doctest.run_docstring_examples(Box.grow, {"Box": Box})
print("done")
