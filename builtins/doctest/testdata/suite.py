# DocTestSuite: one unittest test per docstring with examples, with
# setUp/tearDown around each; failures are unittest failures.
import doctest
import unittest


def good():
    """
    >>> good()
    'good'
    >>> shared
    'from setUp'
    """
    return "good"


def bad():
    """
    >>> bad() + 1
    3
    """
    return 1


def empty():
    """No examples here."""


calls = []


def set_up(test):
    calls.append("setUp " + test.name)
    test.globs["shared"] = "from setUp"


def tear_down(test):
    calls.append("tearDown " + test.name)


suite = doctest.DocTestSuite(setUp=set_up, tearDown=tear_down)
print(suite.countTestCases())
cases = list(suite)
for case in cases:
    print(case.id(), "|", repr(case), "|", case.shortDescription())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for case, text in result.failures:
    print(case.id())
    print(text[text.index("AssertionError"):])
print(calls)

# The module's own docstrings, by name, as CPython's test_threading_local
# adds them (spindle's _threading_local documents its own examples).
result = unittest.TestResult()
doctest.DocTestSuite("_threading_local").run(result)
print(result.testsRun, result.wasSuccessful())
