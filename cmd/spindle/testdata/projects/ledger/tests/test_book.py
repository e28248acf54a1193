"""Книга проводок."""
import logging
import unittest

import ledger
from ledger import AccountType, Book, UnbalancedError, rub


class BookTest(unittest.TestCase):
    def setUp(self):
        self.book = Book()
        self.book.open("cash", AccountType.ASSET)
        self.book.open("sales", AccountType.INCOME)
        self.addCleanup(self.book.audit.clear)

    def test_post(self):
        """Проводка меняет оба счёта."""
        self.book.post("sale", ("cash", rub(10)), ("sales", rub(-10)))
        self.assertEqual(self.book.balances(), {"cash": rub(10), "sales": rub(10)})
        self.assertEqual(self.book.audit, ["open", "open", "post"])

    def test_unbalanced(self):
        with self.assertLogs("ledger.book", level="WARNING") as cm:
            with self.assertRaises(UnbalancedError) as err:
                self.book.post("typo", ("cash", rub(10)), ("sales", rub(-9)))
        self.assertEqual(err.exception.diff, rub(1))
        self.assertEqual(cm.output, ["WARNING:ledger.book:rejected 'typo': off by 1,00 ₽"])
        self.assertEqual(self.book.balances(AccountType.ASSET), {"cash": rub(0)})

    def test_duplicate(self):
        self.assertRaisesRegex(KeyError, "account cash exists", self.book.open, "cash", AccountType.ASSET)

    def test_wraps(self):
        self.assertEqual(Book.post.__name__, "post")
        self.assertEqual(Book.post.__wrapped__.__qualname__, "Book.post")

    def test_trial_balance(self):
        self.book.post("sale", ("cash", rub("99.99")), ("sales", rub("-99.99")))
        self.assertEqual(self.book.trial_balance().splitlines(), [
            "ASSET     cash                99,99 ₽",
            "INCOME    sales               99,99 ₽",
        ])

    def test_debug_logging(self):
        logger = logging.getLogger("ledger.book")
        with self.assertLogs(logger, logging.DEBUG) as cm:
            self.book.open("bank", AccountType.ASSET)
        self.assertEqual([r.levelname for r in cm.records], ["DEBUG"])
        self.assertEqual(cm.records[0].args, ("open", ("bank", AccountType.ASSET)))

    def test_setup_error(self):
        self.skipTest("учёт в валюте ещё не готов")

    def test_version_attr(self):
        self.assertFalse(hasattr(ledger, "__version__"), "no version yet")


class BrokenFixtureTest(unittest.TestCase):
    def setUp(self):
        self.book = Book("XYZ")
        self.book.open("x", AccountType.ASSET)
        raise RuntimeError("фикстура сломана")

    def test_never_runs(self):
        self.fail("setUp failed")


class TearDownTest(unittest.TestCase):
    def tearDown(self):
        raise OSError("tearDown упал")

    def test_body_passes(self):
        self.assertTrue(Book().accounts == {})
