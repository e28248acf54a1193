import os
import sys
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from kv import KeyMissing, Store  # noqa: E402


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.store = Store()

    def test_set_get(self):
        self.store.set("a", "1")
        self.assertEqual(self.store.get("a"), "1")
        self.assertEqual(len(self.store), 1)

    def test_missing(self):
        with self.assertRaises(KeyMissing) as cm:
            self.store.get("x")
        self.assertEqual(str(cm.exception), "нет ключа 'x'")
        self.assertIsInstance(cm.exception, KeyError)

    def test_incr_threads(self):
        def bump():
            for _ in range(200):
                self.store.incr("n")

        threads = [threading.Thread(target=bump) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(self.store.get("n"), 800)
        self.assertEqual(self.store.version, 800)

    def test_wait_for(self):
        got = []
        t = threading.Thread(target=lambda: got.append(self.store.wait_for("ready")))
        t.start()
        self.store.set("other", 1)
        self.store.set("ready", "да")
        t.join()
        self.assertEqual(got, ["да"])

    def test_wait_timeout(self):
        with self.assertRaisesRegex(TimeoutError, "never set"):
            self.store.wait_for("never", timeout=0.01)

    def test_delete_twice(self):
        self.store.set("k", 1)
        self.store.delete("k")
        self.store.delete("k")


if __name__ == "__main__":
    unittest.main(verbosity=2)
