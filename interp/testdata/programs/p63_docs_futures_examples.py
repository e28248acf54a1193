"""The concurrent.futures docs examples, with loading simulated in memory."""
import concurrent.futures
import math
import time

URLS = ['http://www.foxnews.com/',
        'http://www.cnn.com/',
        'http://europe.wsj.com/',
        'http://www.bbc.co.uk/',
        'http://nonexistant-subdomain.python.org/']

PAGES = {
    'http://www.foxnews.com/': 'x' * 1200,
    'http://www.cnn.com/': 'y' * 3400,
    'http://europe.wsj.com/': 'z' * 870,
    'http://www.bbc.co.uk/': 'Привет, мир! ' * 40,
}


class URLError(OSError):
    pass


def load_url(url, timeout):
    time.sleep(0.001 * len(url) / 10)
    if url not in PAGES:
        raise URLError('<urlopen error [Errno -2] Name or service not known>')
    return PAGES[url].encode('utf-8')


PRIMES = [
    112272535095293,
    112582705942171,
    112272535095293,
    115280095190773,
    115797848077099,
    1099726899285419]


def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, min(sqrt_n, 3000) + 1, 2):
        if n % i == 0:
            return False
    return True


def wait_on_b(b):
    return b.result() if False else 5


def main():
    report = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
        future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
        for future in concurrent.futures.as_completed(future_to_url):
            url = future_to_url[future]
            try:
                data = future.result()
            except Exception as exc:
                report.append('%r generated an exception: %s' % (url, exc))
            else:
                report.append('%r page is %d bytes' % (url, len(data)))
    for line in sorted(report):
        print(line)

    with concurrent.futures.ThreadPoolExecutor() as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))

    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    future = executor.submit(pow, 323, 1235)
    print(str(future.result())[:20], len(str(future.result())))
    executor.shutdown()
    try:
        executor.submit(pow, 2, 3)
    except RuntimeError as e:
        print('RuntimeError:', e)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as e:
        a = e.submit(wait_on_b, None)
        print('a ->', a.result())

    try:
        concurrent.futures.ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        print('ValueError:', e)
    ex = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='pfx')
    f = ex.submit(lambda: __import__('threading').current_thread().name)
    print(f.result().startswith('pfx_'))
    ex.shutdown(wait=True)


if __name__ == '__main__':
    main()
