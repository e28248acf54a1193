"""A module with a docstring.

>>> 1
1
"""
X = 1
