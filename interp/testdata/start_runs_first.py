# Thread.start() waits until the new thread has begun, and the new thread
# keeps the GIL until it blocks: what it prints first comes before what
# its starter prints after start().
import logging
import threading
import time


def thread_function(name):
    logging.info("Thread %s: starting", name)
    time.sleep(0.05 * (name + 1))
    logging.info("Thread %s: finishing", name)


logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO)
logging.info("Main    : before creating thread")
x = threading.Thread(target=thread_function, args=(1,))
logging.info("Main    : before running thread")
x.start()
logging.info("Main    : wait for the thread to finish")
x.join()
logging.info("Main    : all done")

threads = []
for index in range(3):
    logging.info("Main    : create and start thread %d.", index)
    t = threading.Thread(target=thread_function, args=(index,))
    threads.append(t)
    t.start()
for index, t in enumerate(threads):
    logging.info("Main    : before joining thread %d.", index)
    t.join()
    logging.info("Main    : thread %d done", index)


