import unittest

from algos import Stack, Queue, EmptyError


class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack([1, 2])

    def tearDown(self):
        del self.s

    def test_push_pop(self):
        self.s.push(3)
        self.assertEqual([self.s.pop() for _ in range(3)], [3, 2, 1])

    def test_empty(self):
        s = Stack()
        with self.assertRaises(EmptyError) as cm:
            s.pop()
        self.assertEqual(cm.exception.kind, "стек")
        with self.assertRaisesRegex(EmptyError, "^стек пуст$"):
            s.pop()

    def test_iter_repr(self):
        self.assertEqual(list(self.s), [2, 1])
        self.assertEqual(repr(self.s), "Stack([1, 2])")

    def test_peek_empty(self):
        self.assertRaises(IndexError, Stack().peek)


class QueueTest(unittest.TestCase):
    def test_fifo(self):
        q = Queue()
        for x in "абв":
            q.enqueue(x)
        self.assertTrue(q)
        self.assertEqual("".join(q.dequeue() for _ in range(len(q))), "абв")
        self.assertFalse(q)

    def test_empty(self):
        with self.assertRaises(EmptyError) as cm:
            Queue().dequeue()
        self.assertIsNone(cm.exception.__cause__)
        self.assertTrue(cm.exception.__suppress_context__)


def load_tests(loader, standard_tests, pattern):
    suite = unittest.TestSuite()
    suite.addTest(QueueTest("test_fifo"))
    suite.addTests(loader.loadTestsFromTestCase(StackTest))
    return suite
