"""warnings.warn from worker threads and inspect.signature of task functions."""
import inspect
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor


def fetch(url, *, timeout=1.0, retries=3):
    """Fetch a URL (simulated)."""
    if not url.startswith("https"):
        warnings.warn(f"insecure url {url}", UserWarning, stacklevel=2)
    return len(url)


def old_api(x, y=2, *args, scale=1.5, **kw):
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return (x + y) * scale


def process(items, mode="fast", *, strict=False):
    return len(items)


for fn in (fetch, old_api, process):
    sig = inspect.signature(fn)
    print(f"{fn.__name__}{sig}")
    for name, p in sig.parameters.items():
        default = "-" if p.default is inspect.Parameter.empty else repr(p.default)
        print(f"    {name:<8} {p.kind.name:<22} default={default}")
    print("    return:", sig.return_annotation if sig.return_annotation is not inspect.Signature.empty else "empty")

sig = inspect.signature(fetch)
bound = sig.bind("http://x", timeout=5)
bound.apply_defaults()
print("bound:", bound.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print("doc:", inspect.getdoc(fetch))
print("isfunction:", inspect.isfunction(fetch), inspect.isfunction(len), inspect.isbuiltin(len))

collected = []
lock = threading.Lock()


def worker(urls):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        total = sum(fetch(u) for u in urls)
    with lock:
        for w in caught:
            collected.append((w.category.__name__, str(w.message)))
    return total


urls = ["https://a.example", "http://b.example", "https://c.example/x", "ftp://d"]
threads = []
totals = {}


def run(name, chunk):
    totals[name] = worker(chunk)


for i in range(2):
    t = threading.Thread(target=run, args=(f"w{i}", urls[i::2]))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print("totals:", dict(sorted(totals.items())))
for cat, msg in sorted(collected):
    print(f"  {cat}: {msg}")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with ThreadPoolExecutor(2) as ex:
        vals = list(ex.map(lambda a: old_api(a), [1, 2, 3]))
    print("old_api values:", vals)
print("main-thread records (pool warnings are process-wide):", len(caught) >= 0)

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        fetch("http://insecure")
    except UserWarning as e:
        print("raised as error:", e, type(e).__name__)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="insecure")
    print("ignored:", fetch("http://quiet"))
