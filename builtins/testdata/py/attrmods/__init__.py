"""Helpers for func_class_attrs.py, imported as a package."""


def helper():
    "Helper's doc."
    return __doc__


class Outer:
    class Inner:
        def method(self):
            pass
