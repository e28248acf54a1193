"""Game of Life computed in horizontal stripes by threads synchronised with a Barrier."""
import threading

GLIDER = [".#......", "..#.....", "###.....", "........", "........", "........"]


class Board:
    def __init__(self, rows):
        self.h = len(rows)
        self.w = len(rows[0])
        self.cells = [[c == "#" for c in row] for row in rows]
        self.next = [[False] * self.w for _ in range(self.h)]

    def neighbours(self, r, c):
        total = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and self.cells[(r + dr) % self.h][(c + dc) % self.w]:
                    total += 1
        return total

    def step_rows(self, rows):
        for r in rows:
            for c in range(self.w):
                n = self.neighbours(r, c)
                alive = self.cells[r][c]
                self.next[r][c] = n == 3 or (alive and n == 2)

    def swap(self):
        self.cells, self.next = self.next, self.cells

    def population(self):
        return sum(map(sum, self.cells))

    def __str__(self):
        return "\n".join("".join("#" if x else "." for x in row) for row in self.cells)


def run(board, generations, workers):
    history = []
    stripes = [range(i, board.h, workers) for i in range(workers)]

    def on_generation():
        board.swap()
        history.append(board.population())

    barrier = threading.Barrier(workers, action=on_generation)

    def work(stripe):
        for _ in range(generations):
            board.step_rows(stripe)
            barrier.wait()

    threads = [threading.Thread(target=work, args=(s,), name=f"stripe{i}") for i, s in enumerate(stripes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return history, barrier


def main():
    board = Board(GLIDER)
    print(board, end="\n\n")
    history, barrier = run(board, 4, 3)
    print(board)
    print("populations:", history)
    print("barrier parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    board2 = Board(GLIDER)
    run(board2, 4, 1)
    print("same as single thread:", str(board) == str(board2))
    blinker = Board([".....", "..#..", "..#..", "..#..", "....."])
    hist, _ = run(blinker, 2, 5)
    print(blinker)
    print(hist)
    b = threading.Barrier(2, timeout=0.05)
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print("timed out: broken =", b.broken)
    b.reset()
    print("after reset:", b.broken)
    b.abort()
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        print("aborted:", type(e).__name__, isinstance(e, RuntimeError))


if __name__ == "__main__":
    main()
