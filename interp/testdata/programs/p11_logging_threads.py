"""logging from worker threads, formatted with %(threadName)s."""
import logging
import sys
import threading
import time

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="%(levelname)-8s [%(threadName)s] %(name)s: %(message)s",
)
log = logging.getLogger("pipeline")


def stage(n):
    log.debug("stage %d starting", n)
    time.sleep(0.02 * n)
    if n == 2:
        log.warning("stage %d is slow (%.1f%%)", n, 12.5)
    log.info("stage %s done", n)


def main():
    log.info("main starting with %d stages", 3)
    threads = [threading.Thread(target=stage, args=(i,), name=f"Stage-{i}") for i in range(1, 4)]
    for t in threads:
        t.start()
        time.sleep(0.005)
    for t in threads:
        t.join()
    child = logging.getLogger("pipeline.db")
    child.setLevel(logging.WARNING)
    child.info("hidden")
    child.error("db error: %s", {"code": 7})
    print("effective levels:", log.getEffectiveLevel(), child.getEffectiveLevel())
    print("child parent:", child.parent.name, "propagate:", child.propagate)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("computation failed")
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("%(name)s|%(levelno)s|%(funcName)s|%(message)s"))
    other = logging.getLogger("other")
    other.propagate = False
    other.addHandler(h)
    other.setLevel(logging.INFO)

    def inner():
        other.info("from inner in %s", threading.current_thread().name)

    t = threading.Thread(target=inner, name="Inner")
    t.start()
    t.join()
    print(logging.getLevelName(logging.ERROR), logging.getLevelName(25))


if __name__ == "__main__":
    main()
