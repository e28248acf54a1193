import unittest
from decimal import Decimal

from ledger import *  # noqa: F403
from ledger import money


class MoneyTest(unittest.TestCase):
    def test_star_import(self):
        self.assertEqual(sorted(n for n in globals() if n[0].isupper() and n not in ("Decimal", "MoneyTest")),
                         ["Account", "AccountType", "Book", "CurrencyMismatch", "Money", "UnbalancedError"])
        self.assertNotIn("total_ordering", globals())

    def test_rounding(self):
        self.assertEqual(rub("0.125").amount, Decimal("0.13"))
        self.assertEqual(rub(2.675).amount, Decimal("2.68"))

    def test_format(self):
        cases = {rub(0): "0,00 ₽", rub(-1234567.8): "-1 234 567,80 ₽", usd(5): "5,00 $", Money(1, "EUR"): "1,00 EUR"}
        for m, text in cases.items():
            with self.subTest(m=m):
                self.assertEqual(str(m), text)

    def test_sum_and_order(self):
        total = sum([rub(1), rub(2), rub("0.5")])
        self.assertEqual(total, rub("3.5"))
        self.assertLess(rub(1), rub(2))
        self.assertGreaterEqual(rub(2), rub(2))
        self.assertEqual(sorted([rub(3), rub(1), rub(2)]), [rub(1), rub(2), rub(3)])

    def test_mismatch(self):
        with self.assertRaises(money.CurrencyMismatch) as cm:
            rub(1) + usd(1)
        self.assertEqual(cm.exception.args, ("RUB vs USD",))
        self.assertIsInstance(cm.exception, ValueError)

    def test_not_money(self):
        with self.assertRaisesRegex(TypeError, r"unsupported operand type\(s\) for \+: 'Money' and 'str'"):
            rub(1) + "1"

    def test_currencies(self):
        for code in ("RUB", "USD", "BTC"):
            with self.subTest(code=code):
                if code == "BTC":
                    self.skipTest("криптовалюта не поддерживается")
                self.assertEqual(Money(1, code).currency, code)

    def test_print_is_captured(self):
        print("видно только без -b")
        self.assertEqual(rub(1) * 3, rub(3))

    def test_print_then_fail(self):
        print("баланс:", rub(10) - rub(3))
        self.assertEqual(rub(10) - rub(3), rub(6), "арифметика")


if __name__ == "__main__":
    unittest.main()
