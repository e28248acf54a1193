# try statements inside loops, whose functions the lowering makes once
# before the outermost loop: closures over loop variables, break,
# continue and return through every clause, nested tries and loops,
# defs and lambdas made in a try body, generators, threads, with
# statements, class bodies and the module's own loops.
import threading


def collect(xs):
    out = []
    for i, x in enumerate(xs):
        try:
            out.append(10 // x)
        except ZeroDivisionError as e:
            out.append(("zero", i, str(e)))
            continue
        except TypeError:
            out.append(("type", i))
            break
        else:
            out.append(("else", i))
        finally:
            out.append(("finally", i))
    return out


print(collect([1, 2, 0, 5, "a", 7]))


def find(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return r, c
                if v is None:
                    raise KeyError(v)
            except KeyError:
                break
    return None


print(find([[1, 2], [3, None, 4], [5, 6]], 6), find([[1, None, 9]], 9))


def makers(n):
    fs = []
    for i in range(n):
        try:
            def f(k=i):
                return k * 10
            fs.append(f)
            fs.append(lambda: i)
        except Exception:
            pass
    return [g() for g in fs]


print(makers(3))


def nested(n):
    log = []
    i = 0
    while i < n:
        i += 1
        try:
            for j in range(3):
                try:
                    if j == i:
                        raise ValueError(j)
                    log.append((i, j))
                except ValueError as e:
                    log.append(("v", e.args[0]))
                    continue
                finally:
                    log.append("f")
            if i == 2:
                raise RuntimeError("two")
        except RuntimeError as e:
            log.append(str(e))
    return log


print(nested(3))


def gen(xs):
    for x in xs:
        try:
            yield 1 / x
        except GeneratorExit:
            print("closing at", x)
            raise
        except ZeroDivisionError:
            yield "inf"


g = gen([1, 2, 0, 4, 5])
print(next(g), next(g), next(g), next(g))
g.close()


def counter(n, lock, totals):
    for _ in range(n):
        with lock:
            try:
                totals[0] += 1
            finally:
                totals[1] += 1


lock = threading.Lock()
totals = [0, 0]
ts = [threading.Thread(target=counter, args=(500, lock, totals)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(totals)


class Table:
    rows = []
    for k in range(3):
        try:
            rows.append(1 // (k - 1))
        except ZeroDivisionError:
            rows.append(None)


print(Table.rows)

# The module's own loops, reading and rebinding its globals.
total = 0
for k in range(5):
    try:
        total += [1, 2, 3][k]
    except IndexError as e:
        total += 100
        last = e
print(total, last)


def rec(n):
    for _ in range(1):
        try:
            return n if n == 0 else rec(n - 1) + 1
        finally:
            pass


print(rec(5))

# A loop that never runs: its try's functions are made but not called.
for k in range(0):
    try:
        print("never")
    except Exception:
        print("never either")
print("done")
