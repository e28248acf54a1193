"""Tests of notes.store and notes.model."""
import sys
import unittest
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script too

from notes import Note, Priority, find
from notes import store
import notes.actions  # noqa: F401  (registers the commands)

RAW = [
    {"id": 2, "text": "б", "priority": "high", "done": True},
    {"id": 1, "text": "а", "priority": "нет такого"},
]


def setUpModule():
    print("setUpModule: test_store")


def tearDownModule():
    print("tearDownModule: test_store")


class LoadTest(unittest.TestCase):
    def test_bundled(self):
        """Встроенный файл читается и сортируется по id."""
        with self.assertLogs("notes.store", level="WARNING") as cm:
            notes = store.load()
        self.assertEqual([n.id for n in notes], [1, 2, 3, 4, 5])
        self.assertEqual(cm.output, ["WARNING:notes.store:note 5: unknown priority: urgent"])

    @mock.patch("notes.store.load_raw", return_value=RAW)
    def test_patched_reader(self, load_raw):
        notes = store.load("whatever.json")
        load_raw.assert_called_once()
        self.assertEqual(load_raw.call_args.args[0].name, "whatever.json")
        self.assertEqual([(n.id, n.priority) for n in notes], [(1, Priority.NORMAL), (2, Priority.HIGH)])

    def test_missing_file(self):
        with self.assertRaisesRegex(FileNotFoundError, r"No such file or directory: 'nope\.json'"):
            store.load("nope.json")


class StatsTest(unittest.TestCase):
    def setUp(self):
        self.notes = [Note(1, "a", Priority.HIGH, done=True), Note(2, "b"), Note(3, "c", Priority.HIGH)]

    def test_counts(self):
        self.assertEqual(store.stats(self.notes), {"total": 3, "done": 1, "high": 2, "percent": 33.3})

    def test_percent_almost(self):
        self.assertAlmostEqual(store.stats(self.notes)["percent"], 100 / 3, places=1)

    def test_empty(self):
        self.assertEqual(store.stats([])["percent"], 0.0)

    def test_command_help(self):
        self.assertEqual([find(n).help for n in ("st", "show")], ["статистика", "показать одну заметку"])

    def test_parse_priority(self):
        for text, want in [("low", Priority.LOW), ("HIGH", Priority.HIGH), ("Normal", Priority.NORMAL)]:
            with self.subTest(text=text):
                self.assertIs(Priority.parse(text), want)
        with self.assertRaises(ValueError) as cm:
            Priority.parse("срочно")
        self.assertEqual(str(cm.exception), "unknown priority: срочно")


if __name__ == "__main__":
    unittest.main()
