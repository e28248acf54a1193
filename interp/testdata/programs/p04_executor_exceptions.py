"""Futures that fail: result(), exception(), callbacks and cancellation."""
from concurrent.futures import ThreadPoolExecutor, CancelledError, TimeoutError
import threading
import time


class TaskError(Exception):
    def __init__(self, task_id, reason):
        super().__init__(f"task {task_id} failed: {reason}")
        self.task_id = task_id


def task(task_id):
    time.sleep(0.02 * task_id)
    if task_id % 2:
        raise TaskError(task_id, "odd id")
    return task_id * 10


log = []
log_lock = threading.Lock()


def on_done(fut):
    with log_lock:
        if fut.cancelled():
            log.append("cancelled")
        elif fut.exception() is not None:
            log.append(type(fut.exception()).__name__)
        else:
            log.append(fut.result())


def main():
    with ThreadPoolExecutor(max_workers=1) as ex:
        futures = [ex.submit(task, i) for i in range(5)]
        blocker = ex.submit(time.sleep, 0.01)
        late = ex.submit(task, 99)
        print("cancel late:", late.cancel())
        for f in futures + [late]:
            f.add_done_callback(on_done)
        for i, f in enumerate(futures):
            try:
                print(i, "->", f.result(timeout=5))
            except TaskError as e:
                print(i, "raised", repr(e), "task_id", e.task_id)
        try:
            late.result()
        except CancelledError:
            print("late was cancelled:", late.cancelled(), late.done())
        slow = ex.submit(time.sleep, 0.4)
        try:
            slow.result(timeout=0.1)
        except TimeoutError:
            print("slow not ready yet; running:", slow.running())
    print("log:", sorted(map(str, log)))
    try:
        ex.submit(task, 0)
    except RuntimeError as e:
        print("after shutdown:", e)


if __name__ == "__main__":
    main()
