"""Per-thread 'database connections' kept in a threading.local subclass."""
import threading
import itertools

_conn_ids = itertools.count(1)
_ids_lock = threading.Lock()


class Connection:
    def __init__(self):
        with _ids_lock:
            self.id = next(_conn_ids)
        self.queries = []

    def execute(self, sql):
        self.queries.append(sql)
        return f"conn{self.id}: {sql}"


class ConnLocal(threading.local):
    def __init__(self, dsn):
        self.dsn = dsn
        self.conn = None

    def get(self):
        if self.conn is None:
            self.conn = Connection()
        return self.conn


db = ConnLocal("sqlite:///demo.db")
out = {}


def handler(user, barrier):
    barrier.wait()
    conn = db.get()
    conn.execute(f"SELECT * FROM users WHERE name = '{user}'")
    conn.execute("COMMIT")
    out[user] = (db.dsn, len(conn.queries), conn is db.get())


def main():
    users = ["ann", "bob", "cid"]
    barrier = threading.Barrier(len(users))
    threads = [threading.Thread(target=handler, args=(u, barrier)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for u in users:
        print(u, out[u])
    main_conn = db.get()
    print("main conn id > 3:", main_conn.id > 3, "dsn:", db.dsn)
    ids = set()
    lk = threading.Lock()

    def grab():
        with lk:
            ids.add(db.get().id)

    ts = [threading.Thread(target=grab) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("distinct new connections:", len(ids), main_conn.id not in ids)
    plain = threading.local()
    plain.x = 1

    def look():
        print("in thread, has x:", hasattr(plain, "x"))
        plain.x = 2

    t = threading.Thread(target=look)
    t.start()
    t.join()
    print("main x:", plain.x)
    try:
        del plain.y
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    main()
