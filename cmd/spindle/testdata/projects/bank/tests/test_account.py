import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bank import Account, InsufficientFunds  # noqa: E402
from bank.util import money, MAX_BALANCE  # noqa: E402


class AccountTest(unittest.TestCase):
    def setUp(self):
        self.acc = Account("alice", 1000)

    def tearDown(self):
        self.acc = None

    def test_deposit(self):
        self.acc.deposit(500)
        self.assertEqual(self.acc.balance, 1500)
        self.assertIn(("deposit", 500), self.acc.history)

    def test_withdraw_too_much(self):
        with self.assertRaises(InsufficientFunds) as cm:
            self.acc.withdraw(5000)
        self.assertEqual(cm.exception.amount, 5000)
        self.assertIn("cannot withdraw 50.00 EUR", str(cm.exception))

    def test_bad_amounts(self):
        for bad, exc in [(0, ValueError), (-3, ValueError), (1.5, TypeError), ("1", TypeError)]:
            with self.subTest(amount=bad):
                self.assertRaises(exc, self.acc.deposit, bad)

    def test_limit(self):
        with self.assertRaisesRegex(OverflowError, "limit"):
            self.acc.deposit(MAX_BALANCE)

    def test_money(self):
        self.assertEqual(money(12345), "123.45 EUR")
        self.assertEqual(money(-5), "-0.05 EUR")

    def test_repr(self):
        self.assertEqual(repr(self.acc), "Account('alice', 1000)")


class TransferTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = []

    @classmethod
    def tearDownClass(cls):
        cls.log.clear()

    def test_transfer(self):
        a, b = Account("a", 300), Account("b", 0)
        a.transfer(b, 120)
        self.log.append("transfer")
        self.assertEqual((a.balance, b.balance), (180, 120))
        self.assertCountEqual([h[0] for h in a.history + b.history], ["in", "out"])

    def test_transfer_fails(self):
        a, b = Account("a", 10), Account("b", 0)
        self.assertRaises(InsufficientFunds, a.transfer, b, 11)
        self.assertEqual(a.balance + b.balance, 10)


if __name__ == "__main__":
    unittest.main()
