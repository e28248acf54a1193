"""Homework: multiply matrices with one thread per row, then per block."""
import threading
from types import SimpleNamespace

cfg = SimpleNamespace(n=4, m=3, p=5, seed=7, block=2)


def make_matrix(rows, cols, seed):
    vals = []
    x = seed
    for i in range(rows):
        row = []
        for j in range(cols):
            x = (x * 1103515245 + 12345) % (2 ** 31)
            row.append(x % 10 - 3)
        vals.append(row)
    return vals


A = make_matrix(cfg.n, cfg.m, cfg.seed)
B = make_matrix(cfg.m, cfg.p, cfg.seed + 1)
C = [[0] * cfg.p for _ in range(cfg.n)]
done_rows = []
lock = threading.Lock()


def row_worker(i):
    for j in range(cfg.p):
        C[i][j] = sum(A[i][k] * B[k][j] for k in range(cfg.m))
    with lock:
        done_rows.append(i)


threads = [threading.Thread(target=row_worker, args=(i,), name=f"row-{i}") for i in range(cfg.n)]
for t in threads:
    t.start()
for t in threads:
    t.join()


def show(name, M):
    print(f"{name} ({len(M)}x{len(M[0])}):")
    for row in M:
        print("  " + " ".join(f"{v:>5}" for v in row))


show("A", A)
show("B", B)
show("C", C)
print("rows done:", sorted(done_rows), "count", len(done_rows))

# check against sequential result
seq = [[sum(a * b for a, b in zip(r, col)) for col in zip(*B)] for r in A]
print("matches sequential:", seq == C)

# block version: each thread computes a block of rows
D = [[None] * cfg.p for _ in range(cfg.n)]
ranges = [range(s, min(s + cfg.block, cfg.n)) for s in range(0, cfg.n, cfg.block)]
print("blocks:", [(r.start, r.stop) for r in ranges])


class BlockThread(threading.Thread):
    def __init__(self, rows):
        super().__init__(name=f"block[{rows.start}:{rows.stop}]")
        self.rows = rows
        self.cells = 0

    def run(self):
        for i in self.rows:
            for j in range(cfg.p):
                D[i][j] = sum(A[i][k] * B[k][j] for k in range(cfg.m))
                self.cells += 1

    def __repr__(self):
        return f"<BlockThread {self.name} cells={self.cells}>"


bts = [BlockThread(r) for r in ranges]
for t in bts:
    t.start()
for t in bts:
    t.join()
print(bts)
print("D == C:", D == C)
trace = sum(C[i][i] for i in range(min(cfg.n, cfg.p)))
print(f"trace={trace} max={max(max(r) for r in C)} min={min(min(r) for r in C)}")
print("transposed first col:", list(zip(*C))[0])
print(vars(cfg))
print(cfg)
