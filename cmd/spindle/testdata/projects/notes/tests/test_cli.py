"""Tests of the command line, run in-process."""
import io
import unittest
from contextlib import redirect_stderr, redirect_stdout
from unittest import mock

import notes
from notes import cli, find


class CliTest(unittest.TestCase):
    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = cli.main(list(argv))
            except SystemExit as e:
                code = e.code
        return code, out.getvalue(), err.getvalue()

    def test_registry(self):
        names = [fn.command_name for fn in notes.commands]
        self.assertCountEqual(names, ["stats", "list", "show"])
        self.assertEqual(find("ls").help, "показать заметки")
        self.assertEqual(find("st").aliases, ("st",))

    def test_unknown_command(self):
        code, out, err = self.run_cli("frob")
        self.assertEqual(code, 2)
        self.assertEqual(out, "")
        self.assertIn("invalid choice: 'frob'", err)

    def test_list_counts_calls(self):
        before = find("list").calls
        with mock.patch("notes.store.load_raw", return_value=[{"id": 7, "text": "семь", "tags": ["x"]}]):
            code, out, _ = self.run_cli("ls", "--tag", "x")
        self.assertEqual((code, out), (0, "[ ]  7 семь                       normal\n1 заметка\n"))
        self.assertEqual(find("list").calls, before + 1)

    @mock.patch("notes.cli.load")
    def test_show_missing(self, load):
        load.return_value = []
        with self.assertLogs("notes", "ERROR") as cm:
            code, _, _ = self.run_cli("show", "42")
        self.assertEqual(code, 1)
        self.assertEqual(cm.records[0].getMessage(), "no note with id 42")

    def test_version(self):
        code, out, _ = self.run_cli("--version")
        self.assertEqual((code, out), (0, "notes 0.3.1\n"))

    @unittest.expectedFailure
    def test_width_must_be_positive(self):
        code, _, _ = self.run_cli("ls", "-w", "-3")
        self.assertEqual(code, 2)  # not validated yet

    def test_all_exports(self):
        ns = {}
        exec("from notes import *", ns)
        self.assertEqual(sorted(k for k in ns if not k.startswith("__")), ["Note", "Priority", "command", "commands", "find"])
        self.assertEqual(ns["__version__"], "0.3.1")


if __name__ == "__main__":
    unittest.main()
