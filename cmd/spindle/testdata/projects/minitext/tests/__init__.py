import unittest


def load_tests(loader, standard_tests, pattern):
    """Discovery of the tests package: its modules, in a fixed order,
    then one smoke test of the package itself."""
    print("tests.load_tests, pattern", pattern)
    this_dir = __path__[0]
    package_tests = loader.discover(start_dir=this_dir, pattern=pattern or "test*.py", top_level_dir=None)
    standard_tests.addTests(package_tests)
    standard_tests.addTest(unittest.FunctionTestCase(_smoke, description="smoke: import minitext"))
    return standard_tests


def _smoke():
    import minitext
    assert minitext.__version__ == "1.2.0", minitext.__version__
