"""Real Python, "Speed Up Your Python Program With Concurrency":
the threaded download_all_sites(), with the requests.Session replaced by
a fake session kept in threading.local (one per worker thread).

Timings use time.monotonic() and are only compared, never printed.
"""
import concurrent.futures
import os
import threading
import time

thread_local = threading.local()
sessions_made = []
sessions_lock = threading.Lock()


class FakeResponse:
    def __init__(self, url, content):
        self.url = url
        self.content = content
        self.status_code = 200 if content else 404

    def raise_for_status(self):
        if self.status_code >= 400:
            raise RuntimeError(f"{self.status_code} Client Error for url: {self.url}")


class FakeSession:
    def __init__(self):
        self.requests = 0
        with sessions_lock:
            sessions_made.append(threading.current_thread().name)

    def get(self, url):
        self.requests += 1
        time.sleep(0.002)
        if url.endswith("/missing"):
            return FakeResponse(url, b"")
        return FakeResponse(url, url.encode() * 3)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def get_session():
    if not hasattr(thread_local, "session"):
        thread_local.session = FakeSession()
    return thread_local.session


def download_site(url):
    session = get_session()
    with session.get(url) if False else session as s:
        response = s.get(url)
        response.raise_for_status()
        return len(response.content)


def download_all_sites(sites):
    workers = min(4, os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers,
                                               thread_name_prefix="dl") as executor:
        return list(executor.map(download_site, sites))


sites = [
    "https://www.jython.org",
    "http://olympus.realpython.org/dice",
] * 10
start_time = time.monotonic()
sizes = download_all_sites(sites)
duration = time.monotonic() - start_time
print(f"Downloaded {len(sites)} sites, {sum(sizes)} bytes")
print("sizes:", sorted(set(sizes)))
print("duration is positive:", duration > 0)
print("sessions <= workers:", 1 <= len(sessions_made) <= min(4, os.cpu_count() or 1))
print("session threads named dl_N:", all(n.startswith("dl_") for n in sessions_made))
print("main has no session:", not hasattr(thread_local, "session"))

# The same with submit/as_completed, an error, and a dict from future to url
urls = ["https://a.example/page", "https://b.example/missing", "https://c.example/x"]
results, errors = {}, {}
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    future_to_url = {executor.submit(download_site, url): url for url in urls}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            errors[url] = f"{type(exc).__name__}: {exc}"
        else:
            results[url] = data
for url in sorted(results):
    print(f"{url!r:<30} page is {results[url]:>4} bytes")
for url, err in errors.items():
    print(f"{url!r} generated an exception: {err}")

# time.monotonic is monotonic and a float; perf_counter too
a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a, type(time.perf_counter()).__name__,
      isinstance(time.monotonic_ns(), int))
ns = time.monotonic_ns()
print("ns clock ahead of float clock:", ns // 1_000_000_000 >= int(a) - 1)
