# unittest.main(buffer=True), as -b: the output of tests and of their
# module and class fixtures is held, and shown under Stdout: and Stderr:
# in the report (and after the test's line) only when it fails.
import sys
import unittest


def setUpModule():
    print("setUpModule: held")


def tearDownModule():
    print("tearDownModule: held")


class Quiet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass: held")

    def test_ok(self):
        print("ok: held")
        sys.stderr.write("ok: held too\n")

    def test_fail(self):
        print("вывод упавшего теста", end="")
        sys.stderr.write("its stderr")
        self.assertEqual(1, 2)

    def test_error(self):
        print("error: shown")
        raise KeyError("k")

    def test_sub(self):
        for i in range(2):
            with self.subTest(i=i):
                print("sub", i)
                self.assertEqual(i, 0)

    @unittest.expectedFailure
    def test_xfail(self):
        print("xfail: held")
        self.fail()


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass failing: shown")
        raise RuntimeError("no class")

    def test_never(self):
        pass


class LateOutput(unittest.TestCase):
    def test_stdout_restored(self):
        self.assertIsNot(sys.stdout, sys.__stdout__)

    def test_runner_keeps_stream(self):
        print("late: held")


if __name__ == "__main__":
    unittest.main(buffer=True, verbosity=2)
