import threading
import unittest

import runner
from runner import pool
from runner.jobs import load_all


def load_tests(loader, standard_tests, pattern):
    """Runs the pool tests twice: with one worker and with four."""
    suite = unittest.TestSuite()
    for workers in (1, 4):
        for name in loader.getTestCaseNames(PoolTest):
            suite.addTest(PoolTest(name, workers))
    return suite


class PoolTest(unittest.TestCase):
    def __init__(self, method="runTest", workers=1):
        super().__init__(method)
        self.workers = workers

    def __str__(self):
        return f"{self._testMethodName} [workers={self.workers}]"

    @classmethod
    def setUpClass(cls):
        load_all()
        if "flaky" not in runner.JOBS:
            seen = set()

            @runner.job("flaky", retries=3)
            def flaky(x):
                if x not in seen:  # each argument fails once
                    seen.add(x)
                    raise ConnectionError(f"try again ({x})")
                return x

    def test_order(self):
        tasks = [("factorial", n) for n in range(8)]
        got = runner.run_all(tasks, self.workers)
        self.assertEqual([r.value for r in got], [1, 1, 2, 6, 24, 120, 720, 5040])
        self.assertTrue(all(r.ok for r in got))

    def test_errors(self):
        with self.assertLogs("runner.pool", "ERROR") as cm:
            got = runner.run_all([("square_root", -1), ("nope", 1), ("shout", "ок")], self.workers)
        self.assertEqual([r.error for r in got], ["ValueError", "LookupError", None])
        self.assertEqual(got[2], pool.Result("shout", "ОК!"))
        self.assertEqual(len(cm.output), 2)

    def test_result_frozen(self):
        r = pool.Result("x", 1)
        with self.assertRaises(AttributeError):
            r.value = 2

    def test_flaky(self):
        tasks = [("flaky", i + 10 * self.workers) for i in range(4)]
        with self.assertLogs("runner.registry", "WARNING") as cm:
            got = runner.run_all(tasks, self.workers)
        self.assertEqual([r.value for r in got], [arg for _, arg in tasks])
        self.assertEqual(sorted(cm.output)[0], f"WARNING:runner.registry:flaky failed (attempt 1): try again ({tasks[0][1]})")
        self.assertEqual(len(cm.output), 4)

    def test_print_buffered(self):
        print("лишний вывод из", self._testMethodName)
        self.assertEqual(threading.active_count(), 1)


if __name__ == "__main__":
    unittest.main()
