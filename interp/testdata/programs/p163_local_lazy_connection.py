"""Python Cookbook, recipe 12.6: storing thread-specific state.

LazyConnection keeps its socket in a threading.local, so every thread
that uses the same LazyConnection object gets its own connection. The
socket is simulated: FakeSocket records which thread opened it.
"""
from functools import partial
import threading


class FakeSocket:
    opened = []
    _lock = threading.Lock()
    _next = 0

    def __init__(self, family, type_):
        with FakeSocket._lock:
            FakeSocket._next += 1
            self.fd = FakeSocket._next
        self.family, self.type = family, type_
        self.owner = threading.current_thread().name
        self.sent = []
        self.closed = False

    def connect(self, address):
        self.address = address
        with FakeSocket._lock:
            FakeSocket.opened.append((self.owner, address))

    def send(self, data):
        self.sent.append(data)

    def recv(self, n):
        request = b"".join(self.sent)
        return (b"HTTP/1.0 200 OK for " + request)[:n]

    def close(self):
        self.closed = True


class LazyConnection:
    def __init__(self, address, family="AF_INET", type_="SOCK_STREAM"):
        self.address = address
        self.family = family
        self.type = type_
        self.local = threading.local()

    def __enter__(self):
        if hasattr(self.local, "sock"):
            raise RuntimeError("Already connected")
        self.local.sock = FakeSocket(self.family, self.type)
        self.local.sock.connect(self.address)
        return self.local.sock

    def __exit__(self, exc_ty, exc_val, tb):
        self.local.sock.close()
        del self.local.sock


results = {}
results_lock = threading.Lock()


def test(conn):
    with conn as s:
        s.send(b"GET /index.html HTTP/1.0\r\n")
        s.send(b"Host: www.python.org\r\n")
        s.send(b"\r\n")
        resp = s.recv(32)
    try:
        with conn as s1:
            with conn as s2:
                pass
    except RuntimeError as exc:
        nested = str(exc)
    with results_lock:
        results[threading.current_thread().name] = (
            resp, s.closed, s.owner == threading.current_thread().name, nested,
            hasattr(conn.local, "sock"))


conn = LazyConnection(("www.python.org", 80))
t1 = threading.Thread(target=test, args=(conn,), name="t1")
t2 = threading.Thread(target=partial(test, conn), name="t2")
t1.start()
t2.start()
t1.join()
t2.join()
for name in sorted(results):
    print(name, results[name])
print("main sees sock:", hasattr(conn.local, "sock"))
print("connections opened:", sorted(FakeSocket.opened))
print("fds:", sorted(fd for fd in range(1, FakeSocket._next + 1)))

# threading.local attributes and __dict__ per thread
data = threading.local()
data.x = "main"
seen = []


def peek():
    seen.append((hasattr(data, "x"), getattr(data, "x", None), dict(data.__dict__)))
    data.x = threading.current_thread().name
    data.extra = [1, 2]
    seen.append((data.x, sorted(data.__dict__)))


t = threading.Thread(target=peek, name="peeker")
t.start()
t.join()
print(seen)
print("main after thread:", data.x, sorted(vars(data)))
try:
    data.missing
except AttributeError as exc:
    print("AttributeError:", exc)
del data.x
try:
    del data.x
except AttributeError as exc:
    print("del again:", exc)
print(type(data).__name__, type(data).__module__)
