import threading
import unittest

from inventory import Stock, OutOfStock


class StockTest(unittest.TestCase):
    """Тесты склада."""

    def setUp(self):
        self.stock = Stock(яблоки=3)

    def test_add(self):
        """Добавление товара увеличивает остаток."""
        self.stock.add("яблоки", 2)
        self.assertEqual(self.stock.count("яблоки"), 5)

    def test_remove(self):
        self.stock.remove("яблоки", 3)
        self.assertEqual(self.stock.names(), [])

    def test_remove_missing(self):
        with self.assertRaises(OutOfStock) as cm:
            self.stock.remove("груши")
        self.assertIn("груши", str(cm.exception))

    def test_total(self):
        """Сумма штук: падает, в модуле ошибка."""
        self.stock.add("груши", 4)
        self.assertEqual(self.stock.total(), 7, "итог неверен")

    def test_names_error(self):
        # an error, not a failure: names() has no argument
        self.assertEqual(self.stock.names("x"), [])

    def test_threads(self):
        def worker():
            for _ in range(50):
                self.stock.add("груши")
                self.stock.remove("груши")
        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(self.stock.count("груши"), 0)
        self.assertNotIn("груши", self.stock.names())
