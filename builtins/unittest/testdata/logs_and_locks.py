# assertLogs: the output lines and records of a logger and its children;
# Lock.acquire's argument errors, as CPython's lock tests check them.
import logging
import threading
import unittest


class T(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("hello %s", 1)
            logging.getLogger("app.sub").warning("deep: x")
            logging.getLogger("app").debug("hidden")
        self.assertEqual(cm.output, ["INFO:app:hello 1", "WARNING:app.sub:deep: x"])
        self.assertEqual([r.getMessage() for r in cm.records], ["hello 1", "deep: x"])
        self.assertEqual([r.levelno for r in cm.records], [20, 30])

    def test_lock_errors(self):
        lock = threading.Lock()
        with self.assertRaisesRegex(ValueError, "timeout value must be"):
            lock.acquire(timeout=-5)
        self.assertRaises(ValueError, lock.acquire, False, 1)
        self.assertRaises(OverflowError, lock.acquire, timeout=1e100)


unittest.main(verbosity=2)
