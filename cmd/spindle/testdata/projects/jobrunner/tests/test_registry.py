import logging
import os
import sys
import unittest
from unittest import mock

if __name__ == "__main__":  # python3 tests/test_registry.py: find the package
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import runner
from runner import registry
from runner.jobs import load_all, maths, text

events = []


def setUpModule():
    load_all()
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")
    print("module events:", events)


class RegistryTest(unittest.TestCase):
    def test_registered(self):
        self.assertCountEqual(
            [n for n in runner.JOBS if n != "flaky"],
            ["shout", "words", "square_root", "factorial"])

    def test_wraps(self):
        fn = runner.get("words")
        self.assertEqual(fn.__name__, "count_words")
        self.assertEqual(fn.__module__, "runner.jobs.text")
        self.assertEqual(fn.retries, 1)

    def test_unknown(self):
        with self.assertRaisesRegex(LookupError, "no job named 'nope'") as cm:
            runner.get("nope")
        self.assertIsNone(cm.exception.__cause__)
        self.assertTrue(cm.exception.__suppress_context__)

    def test_twice(self):
        with self.assertRaises(KeyError) as cm:
            runner.job("shout")(lambda s: s)
        self.assertEqual(cm.exception.args, ("job 'shout' registered twice",))

    def test_retry_logs(self):
        attempts = iter([ConnectionError("сеть недоступна"), 16])

        def fake(n):
            x = next(attempts)
            if isinstance(x, Exception):
                raise x
            return x

        with mock.patch("runner.jobs.maths.fetch", side_effect=fake) as m:
            with self.assertLogs("runner.registry", level="WARNING") as logs:
                self.assertEqual(runner.get("square_root")(16), 4.0)
        self.assertEqual(m.call_count, 2)
        self.assertEqual(logs.output, ["WARNING:runner.registry:square_root failed (attempt 1): сеть недоступна"])
        self.assertEqual(logs.records[0].levelno, logging.WARNING)

    def test_patch_where_defined_misses(self):
        # fetch is looked up in maths, so patching another name does nothing
        with mock.patch.object(registry, "get", return_value=None):
            self.assertEqual(runner.get("factorial")(5), 120)

    @mock.patch.object(maths, "fetch", return_value=-4)
    def test_gives_up(self, fetch):
        with self.assertRaises(ValueError):
            runner.get("square_root")(9)
        fetch.assert_called_once_with(9)

    def test_no_logs(self):
        with self.assertNoLogs("runner", level="WARNING"):
            self.assertEqual(text.shout("тихо"), "ТИХО!")
        self.assertIn("тихо", text.calls)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(runner.get("words")("  "), 1)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertEqual(runner.get("words")("a b"), 2)

    @unittest.skipIf(not hasattr(maths.math, "factorial"), "no factorial")
    def test_factorial_error(self):
        with self.assertRaisesRegex(ValueError, "not defined for negative"):
            runner.get("factorial")(-1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
