"""Real Python 'An Intro to Threading in Python': the FakeDatabase race and its fix."""
import concurrent.futures
import logging
import threading
import time


class FakeDatabase:
    def __init__(self):
        self.value = 0
        self.both_read = threading.Barrier(2)

    def update(self, name):
        logging.info("Thread %s: starting update", name)
        local_copy = self.value
        local_copy += 1
        self.both_read.wait()  # make the race happen on every run
        time.sleep(0.01)
        self.value = local_copy
        logging.info("Thread %s: finishing update", name)


class LockedDatabase:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def locked_update(self, name):
        logging.debug("Thread %s: starting update", name)
        logging.debug("Thread %s about to lock", name)
        with self._lock:
            logging.debug("Thread %s has lock", name)
            local_copy = self.value
            local_copy += 1
            time.sleep(0.01)
            self.value = local_copy
            logging.debug("Thread %s about to release lock", name)
        logging.debug("Thread %s after release", name)
        logging.debug("Thread %s: finishing update", name)


def thread_function(name):
    logging.info("Thread %s: starting", name)
    time.sleep(0.02)
    logging.info("Thread %s: finishing", name)


def main():
    fmt = "%(levelname)s|%(threadName)s|%(message)s"
    logging.basicConfig(format=fmt, level=logging.WARNING)

    x = threading.Thread(target=thread_function, args=(1,))
    print("Main    : before running thread")
    x.start()
    print("Main    : wait for the thread to finish")
    x.join()
    print("Main    : all done")

    database = FakeDatabase()
    print("Testing unlocked update. Starting value is %d." % database.value)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        for index in range(2):
            executor.submit(database.update, index)
    print("Testing unlocked update. Ending value is %d." % database.value)

    database = LockedDatabase()
    print("Testing locked update. Starting value is %d." % database.value)
    with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
        for index in range(5):
            executor.submit(database.locked_update, index)
    print("Testing locked update. Ending value is %d." % database.value)

    lock = threading.Lock()
    print("acquire:", lock.acquire())
    print("second acquire, no block:", lock.acquire(blocking=False))
    print("timed acquire:", lock.acquire(timeout=0.01))
    print("locked:", lock.locked())
    lock.release()
    print("locked after release:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    rlock = threading.RLock()
    rlock.acquire()
    rlock.acquire()
    print("rlock taken twice")
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    threads = []
    for index in range(3):
        logging.warning("Main    : create and start thread %d.", index)
        t = threading.Thread(target=thread_function, args=(index,), name=f"W{index}")
        threads.append(t)
        t.start()
    for index, thread in enumerate(threads):
        thread.join()
        print(f"Main    : thread {index} done, alive={thread.is_alive()}")


if __name__ == "__main__":
    main()
