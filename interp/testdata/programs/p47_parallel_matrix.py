"""Matrix multiplication split by rows over ThreadPoolExecutor.map."""
import math
import operator
from concurrent.futures import ThreadPoolExecutor
from functools import reduce


def matmul_row(args):
    row, cols = args
    return [sum(map(operator.mul, row, col)) for col in cols]


def matmul(a, b, workers=3):
    cols = list(zip(*b))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mm") as ex:
        return list(ex.map(matmul_row, [(row, cols) for row in a]))


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(r) for r in zip(*m)]


def fmt(m, width=6, prec=None):
    lines = []
    for row in m:
        if prec is None:
            lines.append(" ".join(f"{x:>{width}}" for x in row))
        else:
            lines.append(" ".join(f"{x:>{width}.{prec}f}" for x in row))
    return "\n".join(lines)


def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result


def main():
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    c = matmul(a, b)
    print(fmt(c))
    print(transpose(c), c == [[58, 64], [139, 154]])
    fib = power([[1, 1], [1, 0]], 30)
    print("fib(30) =", fib[0][1], "fib(31) =", fib[0][0])
    big = power([[1, 1], [1, 0]], 90)[0][1]
    print(f"fib(90) = {big:,} ({len(str(big))} digits)", big.bit_length())
    theta = math.pi / 6
    rot = [[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]]
    r3 = power(rot, 3)
    print(fmt(r3, 8, 4))
    print([round(x, 10) for x in r3[0]], math.isclose(r3[0][1], -1.0))
    frac = [[0.1 * (i + j) for j in range(3)] for i in range(3)]
    print(fmt(matmul(frac, identity(3)), 5, 1))
    trace = sum(c[i][i] for i in range(min(len(c), len(c[0]))))
    det2 = c[0][0] * c[1][1] - c[0][1] * c[1][0]
    print("trace:", trace, "det:", det2, "norm: %.3f" % math.sqrt(sum(x * x for r in c for x in r)))
    print("prod of diag:", reduce(operator.mul, (c[i][i] for i in range(2)), 1), math.prod([2, 3, 4]))
    print(divmod(det2, 7), det2 // 7, det2 % 7, -det2 // 7, abs(det2), pow(3, 4, 5), 2 ** -1)
    print(math.floor(-2.5), math.ceil(-2.5), round(2.5), round(3.5), round(-0.5), int(-2.9), math.trunc(2.9))
    print(math.gcd(84, 36), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2))
    print(math.inf > 10 ** 100, -math.inf, math.isnan(math.nan), math.isnan(float("nan")), float("1e-3"))
    print(1e16, 1e-5, 123456789.0, 0.1 + 0.2, 1 / 3, 2 / 2, 7 / 2, 10 ** 20 / 3, 3.0 * 1.1)


if __name__ == "__main__":
    main()
