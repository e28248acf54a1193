"""PyMOTW-3 threading: naming threads, daemons, enumerate, subclassing Thread."""
import logging
import random
import threading
import time

logging.basicConfig(
    level=logging.DEBUG,
    format='(%(threadName)-10s) %(message)s',
)

out = []
out_lock = threading.Lock()


def note(msg):
    with out_lock:
        out.append(msg)


def worker(num):
    """thread worker function"""
    note('Worker: %s' % num)


def named_worker():
    note(threading.current_thread().name + ' Starting')
    time.sleep(0.01)
    note(threading.current_thread().name + ' Exiting')


def my_service():
    note(threading.current_thread().name + ' Starting')
    time.sleep(0.02)
    note(threading.current_thread().name + ' Exiting')


def daemon():
    logging.debug('Starting')
    time.sleep(0.05)
    logging.debug('Exiting')


def non_daemon():
    logging.debug('Starting')
    logging.debug('Exiting')


class MyThread(threading.Thread):
    def run(self):
        logging.debug('running')


class MyThreadWithArgs(threading.Thread):
    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        super().__init__(group=group, target=target, name=name,
                         daemon=daemon)
        self.args = args
        self.kwargs = kwargs

    def run(self):
        logging.debug('running with %s and %s', self.args, self.kwargs)


threads = []
for i in range(5):
    t = threading.Thread(target=worker, args=(i,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(sorted(out))
out.clear()

t = threading.Thread(name='my_service', target=my_service)
w = threading.Thread(name='worker', target=named_worker)
w2 = threading.Thread(target=named_worker)
w2.name = 'renamed'
w.start(); w2.start(); t.start()
for th in (w, w2, t):
    th.join()
print(sorted(out))

d = threading.Thread(name='daemon', target=daemon, daemon=True)
t = threading.Thread(name='non-daemon', target=non_daemon)
print('d.daemon:', d.daemon, 't.daemon:', t.daemon, 'isDaemon:', d.isDaemon())
d.start()
t.start()
t.join()
d.join(0.001)
print('d.is_alive()', d.is_alive())
d.join()
print('d.is_alive() after join', d.is_alive())

random.seed(3)


def sleeper():
    pause = random.randint(1, 3) / 100
    time.sleep(pause)


for i in range(3):
    t = threading.Thread(target=sleeper, name='sleeper-%d' % i, daemon=True)
    t.start()

main_thread = threading.main_thread()
names = []
for t in threading.enumerate():
    if t is main_thread:
        continue
    names.append(t.name)
    t.join()
print('joined', sorted(names))
print('main name:', main_thread.name, main_thread is threading.current_thread())
print('active after joins:', threading.active_count())

for i in range(3):
    t = MyThread(name=f'my-{i}')
    t.start()
    t.join()
for i in range(2):
    t = MyThreadWithArgs(args=(i,), kwargs={'a': 'A', 'b': 'B'}, name=f'args-{i}')
    t.start()
    t.join()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
