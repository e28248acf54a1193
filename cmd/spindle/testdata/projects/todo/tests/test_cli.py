import contextlib
import io
import os
import tempfile
import unittest

from todo.cli import main


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.file = os.path.join(cls.tmp, "todo.json")

    @classmethod
    def tearDownClass(cls):
        os.remove(cls.file)
        os.rmdir(cls.tmp)

    def run_cli(self, *args):
        out = io.StringIO()
        code = main(["-f", self.file, "--today", "2024-05-01", *args], out=out)
        return code, out.getvalue()

    def test_1_add(self):
        self.assertEqual(self.run_cli("add", "написать отчёт по проекту для Ивана Петровича", "-p", "high", "-t", "работа"),
                         (0, "added #1: написать отчёт по проекту для Ивана Петровича\n"))
        self.assertEqual(self.run_cli("add", "buy milk", "--due", "2024-04-30")[0], 0)

    def test_2_list(self):
        code, out = self.run_cli("ls", "-w", "20")
        self.assertEqual(code, 0)
        self.assertEqual(out.splitlines(), [
            "  1 [ ]! написать отчёт по… #работа",
            "  2 [ ]  buy milk             (до 30.04) ПРОСРОЧЕНО",
        ])

    def test_3_done(self):
        self.assertEqual(self.run_cli("done", "2"), (0, "done #2\n"))
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            self.assertEqual(self.run_cli("done", "2", "9"), (1, ""))
        self.assertEqual(err.getvalue(), "todo: error: task #2 is already done\n")

    def test_4_stats(self):
        self.assertEqual(self.run_cli("stats")[1], "2 tasks, 1 done (50%); high=1, normal=1, low=0\n")

    def test_usage_errors(self):
        for args, msg in [(["add"], "the following arguments are required: title"),
                          (["add", "x", "-p", "urgent"], "argument -p/--priority: invalid parse value: 'urgent'"),
                          (["ls", "--open", "--done"], "argument --done: not allowed with argument --open"),
                          (["done"], "the following arguments are required: ids"),
                          (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'")]:
            with self.subTest(args=args):
                err = io.StringIO()
                with contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as cm:
                    main(["-f", self.file] + args)
                self.assertEqual(cm.exception.code, 2)
                self.assertIn(msg, err.getvalue())
