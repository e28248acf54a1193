"""Structured logging from threads: a custom Handler, Formatter, Filter and LoggerAdapter."""
import logging
import threading
import io


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
        self._guard = threading.Lock()

    def emit(self, record):
        with self._guard:
            self.records.append(self.format(record))


class OnlyWorkers(logging.Filter):
    def filter(self, record):
        return record.threadName.startswith("worker")


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req={self.extra['req']}] {msg}", kwargs


def handle(req, log):
    adapter = RequestAdapter(log, {"req": req})
    adapter.info("start")
    if req % 3 == 0:
        adapter.warning("slow request %d took %.1f ms", req, req * 10.5)
    try:
        if req == 4:
            raise ValueError("bad payload")
    except ValueError:
        adapter.error("failed", exc_info=False)
    adapter.debug("done")


def main():
    log = logging.getLogger("app.server")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    handler = ListHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s %(threadName)s %(name)s: %(message)s"))
    handler.addFilter(OnlyWorkers())
    log.addHandler(handler)

    stream = io.StringIO()
    sh = logging.StreamHandler(stream)
    sh.setLevel(logging.WARNING)
    sh.setFormatter(logging.Formatter("%(levelno)d|%(funcName)s|%(message)s"))
    log.addHandler(sh)

    threads = [threading.Thread(target=handle, args=(i, log), name=f"worker-{i}") for i in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.info("from main: filtered out of the list handler")
    for line in sorted(handler.records):
        print(line)
    print("---")
    print("\n".join(sorted(stream.getvalue().splitlines())))
    print("---")
    child = logging.getLogger("app.server.db")
    print(child.parent.name, child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
    print(logging.getLevelName(logging.WARNING), logging.getLevelName(35), logging.INFO < logging.ERROR)
    print(log.isEnabledFor(logging.DEBUG), child.isEnabledFor(5), len(log.handlers))
    rec = logging.LogRecord("n", logging.INFO, "f.py", 10, "hello %s", ("там",), None)
    print(rec.getMessage(), rec.levelname, rec.lineno)
    fmt = logging.Formatter("%(name)s - %(message)s")
    print(fmt.format(rec))
    for h in list(log.handlers):
        log.removeHandler(h)
    print(len(log.handlers), logging.getLogger("app.server") is log)


if __name__ == "__main__":
    main()
