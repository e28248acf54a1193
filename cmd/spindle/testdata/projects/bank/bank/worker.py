import queue
import threading

from .account import InsufficientFunds


def run_transfers(jobs, workers=4):
    """Runs (source, target, amount) jobs on a pool of threads; returns
    the number of transfers done and the failures, sorted."""
    q = queue.Queue()
    for job in jobs:
        q.put(job)
    done = [0]
    failures = []
    lock = threading.Lock()

    def work():
        while True:
            try:
                src, dst, amount = q.get_nowait()
            except queue.Empty:
                return
            try:
                src.transfer(dst, amount)
            except InsufficientFunds as e:
                with lock:
                    failures.append(str(e))
            else:
                with lock:
                    done[0] += 1
            finally:
                q.task_done()

    threads = [threading.Thread(target=work, name=f"worker-{i}") for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done[0], sorted(failures)
