#!/usr/bin/env python3
"""Runs the tests: python3 run_tests.py [-v] [pattern]."""
import sys
import unittest

if __name__ == "__main__":
    verbosity = 2 if "-v" in sys.argv else 1
    args = [a for a in sys.argv[1:] if a != "-v"]
    loader = unittest.TestLoader()
    if args:
        loader.testNamePatterns = ["*" + args[0] + "*"]
    suite = loader.discover("tests", top_level_dir=".")
    result = unittest.TextTestRunner(verbosity=verbosity, stream=sys.stdout).run(suite)
    print("wasSuccessful:", result.wasSuccessful(), len(result.failures), len(result.errors))
    sys.exit(not result.wasSuccessful())
