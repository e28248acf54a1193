# loop: nested for loops over ranges, int arithmetic and list.append.
N = 1400


def table(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append((i * j + i - j) % 7)
        rows.append(row)
    return rows


total = 0
for row in table(N):
    for v in row:
        total += v
print("loop", total)
