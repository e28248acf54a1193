import datetime
import json
import os
import tempfile
import unittest
from unittest import mock

from todo import Priority, Status, Store, StoreError, Task
from todo.util import dates

DAY = datetime.date(2024, 2, 28)


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "t.json")
        patcher = mock.patch.object(dates, "TODAY", DAY)
        patcher.start()
        self.addCleanup(patcher.stop)

    def tearDown(self):
        self.tmp.cleanup()

    def test_add_and_reload(self):
        s = Store(self.path)
        s.add("молоко", Priority.HIGH, ["дом", "еда", "дом"], due=dates.parse_due("+2"))
        s.add("report")
        s.save()
        again = Store(self.path)
        self.assertEqual(again.tasks, s.tasks)
        self.assertEqual(again.tasks[0].due, datetime.date(2024, 3, 1))
        self.assertEqual(again.tasks[0].tags, ["дом", "еда"])
        with open(self.path, encoding="utf-8") as f:
            raw = json.load(f)
        self.assertEqual(raw["tasks"][1], {"id": 2, "title": "report", "priority": "NORMAL", "status": "OPEN",
                                           "tags": [], "due": None, "created": "2024-02-28"})

    def test_done_twice(self):
        s = Store(self.path)
        s.add("x")
        self.assertIs(s.done(1).status, Status.DONE)
        with self.assertRaisesRegex(StoreError, r"#1 is already done"):
            s.done(1)
        with self.assertRaises(StoreError) as cm:
            s.get(7)
        self.assertEqual(str(cm.exception), "no task #7")

    def test_bad_json(self):
        with open(self.path, "w") as f:
            f.write('{"tasks": [}')
        with self.assertRaises(StoreError) as cm:
            Store(self.path)
        self.assertIsInstance(cm.exception.__cause__, json.JSONDecodeError)
        self.assertIn("строка 1", str(cm.exception))

    def test_query_order(self):
        s = Store(self.path)
        for title, p in [("a", Priority.LOW), ("b", Priority.HIGH), ("c", Priority.NORMAL), ("d", Priority.HIGH)]:
            s.add(title, p, ["x"] if title in "ab" else [])
        s.done(4)
        self.assertEqual([t.title for t in s.query()], ["b", "d", "c", "a"])
        self.assertEqual([t.title for t in s.query(status=Status.OPEN)], ["b", "c", "a"])
        self.assertEqual([t.title for t in s.query(tag="x")], ["b", "a"])

    def test_overdue(self):
        t = Task(1, "t", due=DAY - datetime.timedelta(days=1))
        self.assertTrue(t.overdue)
        with mock.patch("todo.util.dates.today", return_value=datetime.date(2000, 1, 1)):
            self.assertFalse(t.overdue)

    def test_priority_parse(self):
        self.assertIs(Priority.parse("High"), Priority.HIGH)
        self.assertGreater(Priority.HIGH, Priority.LOW)
        with self.assertRaises(ValueError) as cm:
            Priority.parse("urgent")
        self.assertEqual(str(cm.exception), "unknown priority 'urgent'; choose from low, normal, high")
        self.assertIsInstance(cm.exception.__context__, KeyError)
        self.assertTrue(cm.exception.__suppress_context__)
