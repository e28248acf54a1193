import threading
import unittest

from bank import Account, run_transfers


class WorkerTest(unittest.TestCase):
    def test_many_threads_keep_total(self):
        accounts = [Account(f"c{i}", 1000) for i in range(5)]
        jobs = []
        for i in range(200):
            jobs.append((accounts[i % 5], accounts[(i + 1 + i % 3) % 5], 7))
        done, failures = run_transfers(jobs, workers=8)
        self.assertEqual(done + len(failures), 200)
        self.assertEqual(sum(a.balance for a in accounts), 5000)

    def test_concurrent_deposits(self):
        acc = Account("shared")
        def deposit_many():
            for _ in range(100):
                acc.deposit(1)
        threads = [threading.Thread(target=deposit_many) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(acc.balance, 1000)
        self.assertEqual(len(acc.history), 1000)
        self.assertEqual(threading.active_count(), 1)

    def test_failures_sorted(self):
        poor, rich = Account("poor", 5), Account("rich", 100)
        done, failures = run_transfers([(poor, rich, 10), (poor, rich, 20)], workers=2)
        self.assertEqual(done, 0)
        self.assertEqual(len(failures), 2)
        self.assertTrue(failures[0] < failures[1])
