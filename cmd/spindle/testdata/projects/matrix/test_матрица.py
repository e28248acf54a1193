"""Тесты матриц."""
import unittest

from linalg import Матрица, РазмерОшибка


class ТестМатрицы(unittest.TestCase):
    """Матрица 2×2."""

    def setUp(self):
        self.а = Матрица([[1, 2], [3, 4]])

    def test_сложение(self):
        """Сложение поэлементно."""
        self.assertEqual(self.а + self.а, Матрица([[2, 4], [6, 8]]))

    def test_умножение_на_единичную(self):
        е = Матрица([[1, 0], [0, 1]])
        self.assertEqual(self.а @ е, self.а)

    def test_размер(self):
        self.assertEqual(self.а.размер, (2, 2))

    def test_ошибка_размера(self):
        with self.assertRaises(РазмерОшибка) as cm:
            self.а + Матрица([[1]])
        self.assertEqual(str(cm.exception), "размеры (2, 2) и (1, 1) не совпадают")

    def test_транспонирование_неверно(self):
        """Ожидание неверно: тест падает."""
        self.assertEqual(self.а.транспонировать(), Матрица([[1, 2], [3, 4]]), "транспонирование")

    def test_строки(self):
        self.assertEqual(self.а.строки, [[1, 2], [3, 5]])

    def test_словарь(self):
        имена = {"строк": 2, "столбцов": 2, "вид": "квадратная"}
        self.assertDictEqual(имена, {"строк": 2, "столбцов": 3, "вид": "квадратная"})

    def test_подтесты(self):
        for n in range(1, 4):
            with self.subTest(порядок=n):
                м = Матрица([[1] * n] * n)
                self.assertEqual(м.размер, (n, n))
                self.assertLess(n, 3, "слишком большая")


if __name__ == "__main__":
    unittest.main(verbosity=2)
