# mock.patch.object on the library classes that CPython writes in
# Python (queue.Queue, threading.Thread and Event, ThreadPoolExecutor): instances made before and
# during the patch see it, subclasses' too, and it is undone on exit;
# C types (SimpleQueue) stay immutable.
import queue
import threading
import unittest
from concurrent.futures import Future, ThreadPoolExecutor
from unittest import mock


def fake_put(self, item, block=True, timeout=None):
    self.seen = item


class QueuePatchTest(unittest.TestCase):
    def test_mock(self):
        before = queue.Queue()
        with mock.patch.object(queue.Queue, "put") as put:
            before.put(1)
            queue.Queue().put("два")
            self.assertEqual(put.call_args_list, [mock.call(1), mock.call("два")])
        before.put(3)
        self.assertEqual(before.get_nowait(), 3)

    def test_function_binds(self):
        with mock.patch.object(queue.Queue, "put", fake_put):
            q = queue.Queue()
            q.put("x")
            self.assertEqual((q.seen, q.qsize()), ("x", 0))
        q.put("y")
        self.assertEqual(q.qsize(), 1)

    def test_subclasses(self):
        with mock.patch.object(queue.Queue, "get", return_value="подмена"):
            self.assertEqual(queue.LifoQueue().get(), "подмена")
            self.assertEqual(queue.PriorityQueue().get(timeout=1), "подмена")

    @mock.patch.object(queue.Queue, "qsize", return_value=42)
    def test_decorator(self, qsize):
        self.assertEqual(queue.Queue().qsize(), 42)
        qsize.assert_called_once_with()

    def test_after_decorator(self):
        self.assertEqual(queue.Queue().qsize(), 0)

    def test_immutable(self):
        for cls in (queue.SimpleQueue, int):
            with self.subTest(cls=cls.__name__):
                with self.assertRaises(TypeError) as cm:
                    setattr(cls, "put", None)
                print(cm.exception)


class ThreadPatchTest(unittest.TestCase):
    def test_start(self):
        with mock.patch.object(threading.Thread, "start") as start:
            t = threading.Thread(target=print, args=("never",))
            t.start()
            start.assert_called_once_with()
            self.assertFalse(t.is_alive())
        t = threading.Thread(target=print, args=("после патча",))
        t.start()
        t.join()

    def test_join(self):
        calls = []

        def fake_join(self, timeout=None):
            calls.append((self.name, timeout))

        t = threading.Thread(target=lambda: None, name="worker")
        t.start()
        with mock.patch.object(threading.Thread, "join", fake_join):
            t.join(5)
        t.join()
        self.assertEqual(calls, [("worker", 5)])


class EventPatchTest(unittest.TestCase):
    def test_wait(self):
        with mock.patch.object(threading.Event, "wait", return_value=True) as wait:
            self.assertTrue(threading.Event().wait(60))
            wait.assert_called_once_with(60)
        self.assertFalse(threading.Event().wait(0.01))


class ExecutorPatchTest(unittest.TestCase):
    def test_submit(self):
        done = Future()
        done.set_result("готово")
        with mock.patch.object(ThreadPoolExecutor, "submit", return_value=done) as submit:
            with ThreadPoolExecutor(max_workers=2) as ex:
                self.assertEqual([ex.submit(f).result() for f in (print, print)], ["готово", "готово"])
        self.assertEqual(submit.call_count, 2)
        with ThreadPoolExecutor(max_workers=1) as ex:
            self.assertEqual(ex.submit(lambda: 1).result(), 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
