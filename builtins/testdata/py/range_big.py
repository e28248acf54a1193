# Ranges whose bounds don't fit in 64 bits behave as CPython's: indexing,
# slicing, membership, iteration, reversed, repr, equality, and len(),
# which raises OverflowError when the length doesn't fit.
r = range(10**20)
print(r, type(r).__name__, isinstance(r, range), bool(r))
print(r[5], r[-1], r[10**19])
print(len(range(2**62)), len(range(10**19, 10**19 + 3)))
print(10**19 in r, -1 in r, 10**20 in r, 5.0 in r, True in r)
print(r[10**19:10**19 + 3], list(r[10**19:10**19 + 3]))
print(r[::-1][:2], r[::2**70], r[-3:])
print(next(iter(reversed(r))), list(reversed(range(2**64, 2**64 + 3))))
it = iter(range(10**19, 10**19 + 3))
print(list(it))
for i in range(2**70, 2**71, 2**69):
    print("loop", i)
s = range(-10**20, 10**20, 3 * 10**18)
print(s, s[0], s[-1], len(s), s.start, s.stop, s.step)
print(s.index(-10**20 + 3 * 10**18), s.count(0), s.count(-10**20))
print(range(0, -10**20, -7)[1:4], range(10**20, 0, -10**19)[2])
print(range(10**20) == range(0, 10**20), range(10**20, 10**20) == range(10**21, 10**21))
print(range(5, 10**20)[0:3], range(0, 2**64)[2**63:2**63 + 2])
print(sum(range(2**64, 2**64 + 4)), sorted(range(2**65, 2**65 - 3, -1)))
print(hash(range(10**20)) == hash(range(0, 10**20, 1)))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("len", lambda: len(r))
attempt("index", lambda: r[10**20])
attempt("negative index", lambda: r[-10**20 - 1])
attempt("str index", lambda: r["a"])
attempt("index()", lambda: r.index(-1))
attempt("zero step", lambda: range(0, 10**20, 0))
attempt("slice zero step", lambda: r[::0])
attempt("float", lambda: range(10**20, 1.5))
attempt("small", lambda: list(range(2**63 - 2, 2**63 + 1)))
