# unittest's classes report the module CPython defines them in
# (unittest.case, unittest.suite, unittest.result...): in reprs, in a
# FunctionTestCase's description and in an uncaught SkipTest.
import unittest
for c in [unittest.SkipTest, unittest.TestCase, unittest.FunctionTestCase, unittest.TestSuite, unittest.TestResult, unittest.TextTestResult, unittest.TextTestRunner, unittest.TestLoader, unittest.TestProgram]:
    print(c.__module__, c.__qualname__)
print(unittest.TestSuite(), unittest.TestResult())
class T(unittest.TestCase):
    def test_a(self):
        with self.subTest(x=1):
            print(type(self).__module__, self, repr(self))
print(unittest.FunctionTestCase(lambda: None), T("test_a"))
unittest.TextTestRunner().run(unittest.TestSuite([T("test_a"), unittest.FunctionTestCase(print, description="d")]))
raise unittest.SkipTest("вне теста")
