"""Blog post "contextvars vs threading.local": a request id ContextVar that
each thread sees fresh (threads start with an empty context in 3.11),
copy_context().run to carry it into a worker, executor.submit with
ctx.run, Token reset, ContextVar defaults and LookupError, and a logging
Filter that stamps the request id on each record.
"""
import contextvars
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


lines: list[str] = []


class ListHandler(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))


log = logging.getLogger("app")
log.setLevel(logging.INFO)
h = ListHandler()
h.addFilter(RequestIdFilter())
h.setFormatter(logging.Formatter("[%(request_id)s] %(threadName)s %(levelname)s: %(message)s"))
log.addHandler(h)
log.propagate = False

print("var name:", request_id.name)
print("default:", request_id.get())
try:
    user.get()
except LookupError as e:
    print("LookupError for", e.args[0].name if hasattr(e.args[0], "name") else e)
print("get with fallback:", user.get("anonymous"))

token = request_id.set("req-main")
log.info("main handling")


def plain_thread():
    log.info("fresh thread sees default")


t = threading.Thread(target=plain_thread, name="plain")
t.start()
t.join()

ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(log.info, "copied context"), name="copied")
t.start()
t.join()


def handle(n: int) -> str:
    request_id.set(f"req-{n}")
    user.set(f"user{n}")
    log.info("handling %d", n)
    return f"{request_id.get()}/{user.get()}"


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="srv") as pool:
    futures = [pool.submit(contextvars.copy_context().run, handle, n) for n in range(4)]
    print("results:", [f.result() for f in futures])

print("main still:", request_id.get(), "user set in main:", user.get(None))
request_id.reset(token)
print("after reset:", request_id.get())

ctx = contextvars.Context()
ctx.run(request_id.set, "inside")
print("ctx holds:", ctx[request_id], request_id in ctx, len(ctx), list(ctx.keys()) == [request_id])
print("outside:", request_id.get())
try:
    request_id.reset(token)
except RuntimeError as e:
    print("RuntimeError:", str(e).endswith("has already been used once"))

for line in sorted(lines, key=lambda s: (s.split("]")[0], s)):
    print(line.replace("srv_0", "srv").replace("srv_1", "srv"))
