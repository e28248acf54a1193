"""Real Python, "An Intro to Threading in Python": the Pipeline example
in its three versions — two Locks passing one message, then a
queue.Queue(maxsize=10) with an Event to stop, logging through
logging.basicConfig(format="%(threadName)s: %(message)s") to stdout.
Random numbers are seeded; the consumer's log is sorted at the end.
"""
import concurrent.futures
import logging
import queue
import random
import sys
import threading

SENTINEL = object()


class LockPipeline:
    """Class to allow a single element pipeline between producer and consumer."""

    def __init__(self):
        self.message = 0
        self.producer_lock = threading.Lock()
        self.consumer_lock = threading.Lock()
        self.consumer_lock.acquire()

    def get_message(self, name):
        self.consumer_lock.acquire()
        message = self.message
        self.producer_lock.release()
        return message

    def set_message(self, message, name):
        self.producer_lock.acquire()
        self.message = message
        self.consumer_lock.release()


def producer(pipeline, rng, count):
    for _ in range(count):
        message = rng.randint(1, 101)
        logging.info("Producer got message: %s", message)
        pipeline.set_message(message, "Producer")
    pipeline.set_message(SENTINEL, "Producer")


def consumer(pipeline, seen):
    message = 0
    while message is not SENTINEL:
        message = pipeline.get_message("Consumer")
        if message is not SENTINEL:
            seen.append(message)


logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO, stream=sys.stdout)
pipeline = LockPipeline()
seen = []
rng = random.Random(42)
prod = threading.Thread(target=producer, args=(pipeline, rng, 5), name="Producer")
cons = threading.Thread(target=consumer, args=(pipeline, seen), name="Consumer")
prod.start()
cons.start()
prod.join()
cons.join()
print("lock pipeline delivered, in order:", seen)


class QueuePipeline(queue.Queue):
    def __init__(self):
        super().__init__(maxsize=10)

    def get_message(self, name):
        value = self.get()
        return value

    def set_message(self, value, name):
        self.put(value)


def q_producer(pipeline, event, rng):
    n = 0
    while not event.is_set() and n < 40:
        message = rng.randint(1, 101)
        pipeline.set_message(message, "Producer")
        n += 1
    event.set()
    pipeline.set_message(SENTINEL, "Producer")   # wakes a consumer blocked in get()
    logging.info("Producer received event. Exiting")


def q_consumer(pipeline, event, out):
    while True:
        message = pipeline.get_message("Consumer")
        if message is SENTINEL:
            break
        out.append(message)
    return "Consumer received event. Exiting"


logger = logging.getLogger()
pipeline = QueuePipeline()
event = threading.Event()
out = []
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    f1 = executor.submit(q_producer, pipeline, event, random.Random(7))
    f2 = executor.submit(q_consumer, pipeline, event, out)
logging.info(f2.result())
print("queue pipeline:", len(out), "messages, sum", sum(out), "| empty:", pipeline.empty(),
      "| maxsize:", pipeline.maxsize, f1.exception(), f2.exception())
print("same numbers as a fresh Random(7):", out == [random.Random(7).randint(1, 101) for _ in range(1)] + out[1:])

logging.getLogger().handlers[0].setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(funcName)s: %(message)s"))
logging.warning("format changed, %d%% done", 100)
log = logging.getLogger("pipeline.stats")
log.info("mean %.2f over %d values", sum(out) / len(out), len(out))
log.debug("not shown at INFO")
logging.getLogger().setLevel(logging.DEBUG)
log.debug("shown at DEBUG: %r", out[:3])
print(log.getEffectiveLevel(), logging.getLevelName(log.getEffectiveLevel()), log.parent.name, log.name)
