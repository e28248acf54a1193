"""Fetch 'pages' concurrently with ThreadPoolExecutor and as_completed."""
import concurrent.futures
import time

PAGES = {
    "https://example.com/slow": 0.20,
    "https://example.com/fast": 0.02,
    "https://example.com/medium": 0.10,
    "https://example.com/broken": 0.06,
}


def fetch(url, delay):
    time.sleep(delay)
    if "broken" in url:
        raise ConnectionError(f"could not reach {url}")
    return len(url) * 100


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
        future_to_url = {executor.submit(fetch, url, d): url for url, d in PAGES.items()}
        for future in concurrent.futures.as_completed(future_to_url):
            url = future_to_url[future]
            try:
                data = future.result()
            except Exception as exc:
                print(f"{url!r} generated an exception: {exc!r}")
            else:
                print(f"{url!r} page is {data} bytes")
    print("all done:", all(f.done() for f in future_to_url))
    statuses = sorted((u, f.exception() is None) for f, u in future_to_url.items())
    for url, ok in statuses:
        print(f"  {url:<30} {'ok' if ok else 'FAILED'}")


if __name__ == "__main__":
    main()
