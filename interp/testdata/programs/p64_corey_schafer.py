"""Corey Schafer's threading tutorial, shrunk: do_something, Thread list, pool map."""
import concurrent.futures
import threading
import time

start = time.perf_counter()
done_msgs = []
msg_lock = threading.Lock()


def do_something(seconds):
    seconds = seconds / 50
    time.sleep(seconds)
    with msg_lock:
        done_msgs.append(f'Done Sleeping...{seconds}')
    return f'Done Sleeping...{seconds}'


do_something(1)
do_something(1)
finish = time.perf_counter()
elapsed = round(finish - start, 2)
print(f'Sequential: finished in >= 0.02 second(s): {elapsed >= 0.02}')

start = time.perf_counter()
t1 = threading.Thread(target=do_something, args=[1])
t2 = threading.Thread(target=do_something, args=[1])
t1.start()
t2.start()
t1.join()
t2.join()
finish = time.perf_counter()
print(f'Two threads overlapped: {finish - start < 0.5}')

threads = []
for _ in range(10):
    t = threading.Thread(target=do_something, args=[1.5])
    t.start()
    threads.append(t)
for thread in threads:
    thread.join()
print('messages:', len(done_msgs), sorted(set(done_msgs[2:])))

with concurrent.futures.ThreadPoolExecutor() as executor:
    f1 = executor.submit(do_something, 1)
    f2 = executor.submit(do_something, 1)
    print(f1.result())
    print(f2.result())

with concurrent.futures.ThreadPoolExecutor() as executor:
    secs = [5, 4, 3, 2, 1]
    results = [executor.submit(do_something, sec) for sec in secs]
    finished_order = []
    for f in concurrent.futures.as_completed(results):
        finished_order.append(f.result())
    print('as_completed order:')
    for r in finished_order:
        print(' ', r)

with concurrent.futures.ThreadPoolExecutor() as executor:
    secs = [5, 4, 3, 2, 1]
    results = executor.map(do_something, secs)
    print('map keeps submission order:')
    for result in results:
        print(' ', result)

img_urls = [f'https://images.example/photo-{n:04d}.jpg' for n in (1528, 1503, 1517, 1541)]
saved = {}


def download_image(img_url):
    img_bytes = img_url.encode() * 3
    img_name = img_url.split('/')[3]
    img_name = f'{img_name}'
    with msg_lock:
        saved[img_name] = len(img_bytes)
    return img_name


with concurrent.futures.ThreadPoolExecutor() as executor:
    names = list(executor.map(download_image, img_urls))
print(names)
print(sorted(saved.items()))
print('threads left:', threading.active_count())
