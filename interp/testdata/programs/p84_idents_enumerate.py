"""get_ident/get_native_id, Thread.ident/native_id, enumerate() and active_count(), compared not printed."""
import threading
import time

main = threading.current_thread()
print('main is main_thread:', main is threading.main_thread(), main.name)
print('ident matches get_ident:', main.ident == threading.get_ident())
print('native_id matches:', main.native_id == threading.get_native_id())
print('types:', type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)

t = threading.Thread(target=lambda: None, name='unstarted')
print('before start ident/native_id:', t.ident, t.native_id)

info = {}
lock = threading.Lock()
go = threading.Event()


def record(key):
    me = threading.current_thread()
    with lock:
        info[key] = (threading.get_ident(), me.ident, threading.get_native_id(), me.native_id)
    go.wait(5)


workers = [threading.Thread(target=record, args=(f'w{i}',), name=f'w{i}') for i in range(3)]
for w in workers:
    w.start()
while True:
    with lock:
        if len(info) == 3:
            break
    time.sleep(0.001)

names = sorted(th.name for th in threading.enumerate())
print('enumerate while running:', names)
print('active_count:', threading.active_count(), len(threading.enumerate()))
idents = [v[0] for v in info.values()]
print('idents distinct:', len(set(idents)) == 3, 'differ from main:', main.ident not in idents)
print('get_ident == Thread.ident in each:', all(v[0] == v[1] for v in info.values()))
print('native ids consistent:', all(v[2] == v[3] for v in info.values()))
print('ident lookup by enumerate:', all(
    any(th.ident == info[th.name][0] for th in threading.enumerate()) for th in workers))
go.set()
for w in workers:
    w.join()
print('ident kept after join:', all(w.ident == info[w.name][0] for w in workers))
print('after join:', sorted(th.name for th in threading.enumerate()), threading.active_count())

print(repr(workers[0]).startswith('<Thread(w0, stopped '), repr(t) == '<Thread(unstarted, initial)>')
d = threading.Thread(target=go.wait, daemon=True, name='dmn')
go.clear()
d.start()
print(repr(d).endswith('daemon ' + str(d.ident) + ')>'))
go.set()
d.join()

try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)

ids = set()


def reuse():
    ids.add(threading.get_ident())


for _ in range(5):
    th = threading.Thread(target=reuse)
    th.start()
    th.join()
print('some idents seen:', 1 <= len(ids) <= 5)
print('TIMEOUT_MAX positive:', threading.TIMEOUT_MAX > 0)
print(threading.current_thread().__class__.__name__, isinstance(main, threading.Thread))
