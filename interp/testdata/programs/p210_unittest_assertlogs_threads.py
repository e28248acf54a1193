"""Testing a threaded job runner with assertLogs, subTest and a custom result report."""
import io
import logging
import threading
import unittest
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger("runner")


class JobRunner:
    def __init__(self, workers: int = 3):
        self.workers = workers
        self.done: list[str] = []
        self._lock = threading.Lock()

    def _run_one(self, name: str) -> str:
        if name.startswith("bad"):
            log.error("job %s failed", name)
            raise RuntimeError(name)
        log.info("job %s ok", name)
        with self._lock:
            self.done.append(name)
        return name.upper()

    def run(self, names):
        with ThreadPoolExecutor(self.workers, thread_name_prefix="job") as ex:
            futures = [ex.submit(self._run_one, n) for n in names]
        ok, failed = [], []
        for n, f in zip(names, futures):
            (failed if f.exception() else ok).append(n if f.exception() else f.result())
        return ok, failed


class JobRunnerTest(unittest.TestCase):
    def setUp(self):
        self.runner = JobRunner()

    def test_all_ok(self):
        """Every job logs at INFO."""
        with self.assertLogs("runner", level="INFO") as cm:
            ok, failed = self.runner.run(["a", "b", "c"])
        self.assertEqual(ok, ["A", "B", "C"])
        self.assertEqual(failed, [])
        self.assertEqual(sorted(cm.output), ["INFO:runner:job a ok", "INFO:runner:job b ok", "INFO:runner:job c ok"])

    def test_failures_logged(self):
        with self.assertLogs("runner", level="ERROR") as cm:
            ok, failed = self.runner.run(["x", "bad1", "y", "bad2"])
        self.assertEqual(failed, ["bad1", "bad2"])
        self.assertEqual(len(cm.records), 2)
        self.assertTrue(all(r.levelname == "ERROR" for r in cm.records))

    def test_no_errors(self):
        with self.assertNoLogs("runner", level="ERROR"):
            self.runner.run(["q"])

    def test_sizes(self):
        for n in (0, 1, 5):
            with self.subTest(n=n):
                ok, _ = self.runner.run([f"j{i}" for i in range(n)])
                self.assertEqual(len(ok), n)

    def test_wrong_expectation(self):
        """Shows how a failing subTest is reported."""
        for n in (1, 2):
            with self.subTest(jobs=n):
                ok, _ = self.runner.run(["z"] * n)
                self.assertEqual(len(ok), 1)


class Report(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write(f"[ok] {test._testMethodName}\n")


if __name__ == "__main__":
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, resultclass=Report, verbosity=0)
    result = runner.run(unittest.TestLoader().loadTestsFromTestCase(JobRunnerTest))
    for line in buf.getvalue().splitlines():
        if line.startswith(("[ok]", "FAIL:", "AssertionError", "FAILED")):
            print(line)
    print("ran:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
    print([t.shortDescription() for t, _ in result.failures])
    print(JobRunnerTest("test_all_ok").shortDescription(), JobRunnerTest("test_sizes").id())
