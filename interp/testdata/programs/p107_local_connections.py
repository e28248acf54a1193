"""threading.local for per-thread database connections: lazy creation, a registry, cleanup, initializer."""
import concurrent.futures as cf
import itertools
import threading

_ids = itertools.count(1)
_registry = {}
_registry_lock = threading.Lock()


class FakeConnection:
    def __init__(self, dsn):
        self.id = next(_ids)
        self.dsn = dsn
        self.queries = []
        self.closed = False

    def execute(self, sql, *params):
        if self.closed:
            raise ConnectionError(f'connection {self.id} is closed')
        self.queries.append(sql % params if params else sql)
        return len(self.queries)

    def close(self):
        self.closed = True

    def __repr__(self):
        state = 'closed' if self.closed else 'open'
        return f'<FakeConnection dsn={self.dsn!r} {state}>'


_local = threading.local()


def get_connection():
    conn = getattr(_local, 'conn', None)
    if conn is None:
        conn = _local.conn = FakeConnection('postgres://db/app')
        with _registry_lock:
            _registry[threading.current_thread().name] = conn
    return conn


def handle(request_id):
    conn = get_connection()
    conn.execute("SELECT * FROM orders WHERE id = %d", request_id)
    return threading.current_thread().name, id(conn)


threads = [threading.Thread(target=lambda n=n: [handle(n * 10 + k) for k in range(3)], name=f'req-{n}') for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('connections made:', len(_registry))
for name in sorted(_registry):
    conn = _registry[name]
    print(f'  {name}: {len(conn.queries)} queries, first={conn.queries[0]!r}')
print('main has no conn yet:', not hasattr(_local, 'conn'))
get_connection()
print('main conn now:', hasattr(_local, 'conn'), 'registry size:', len(_registry))

for conn in _registry.values():
    conn.close()
try:
    get_connection().execute('SELECT 1')
except ConnectionError as exc:
    print('closed:', type(exc).__name__, isinstance(exc, OSError))
del _local.conn
print('after del, main conn recreated:', get_connection().closed is False)


class RequestContext(threading.local):
    def __init__(self, user='anonymous'):
        super().__init__()
        self.user = user
        self.trail = []


ctx = RequestContext(user='система')
seen = {}


def serve(user):
    before = ctx.user
    ctx.user = user
    ctx.trail.append(user)
    seen[user] = (before, ctx.user, list(ctx.trail))


ts = [threading.Thread(target=serve, args=(u,)) for u in ('анна', 'борис')]
for t in ts:
    t.start()
for t in ts:
    t.join()
for u in sorted(seen):
    print(u, seen[u])
print('main ctx untouched:', ctx.user, ctx.trail)

state = threading.local()


def init_worker(prefix):
    state.prefix = prefix
    state.count = 0


def job(x):
    state.count += 1
    return f'{state.prefix}{x}', state.count


with cf.ThreadPoolExecutor(max_workers=1, initializer=init_worker, initargs=('>',)) as pool:
    print('initializer state:', list(pool.map(job, 'abc')))
print('local dict keys:', sorted(vars(ctx)), sorted(ctx.__dict__))
