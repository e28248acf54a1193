import random

r = random.Random(1)
s = r.getstate()
print(s[0], len(s[1]), s[1][-1], s[2], s[1][:3], s[1][-4:])
first = [r.random() for _ in range(3)]
r.setstate(s)
print(first == [r.random() for _ in range(3)], r.getstate()[1][-1])
g = r.gauss(0, 1)
s2 = r.getstate()
print(g, s2[2])
after = r.gauss(0, 1), r.random()
r.setstate(s2)
print(after == (r.gauss(0, 1), r.random()))
random.seed(99)
shared = random.getstate()
a = [random.randint(1, 100) for _ in range(5)]
random.setstate(shared)
print(a, a == [random.randint(1, 100) for _ in range(5)])
other = random.Random()
other.setstate(shared)
print(other.randint(1, 100) == a[0], other.getstate() != shared)
v2 = (2, tuple(w + 2 ** 32 for w in s[1][:-1]) + (s[1][-1],), None)
r.setstate(v2)
print(r.getstate() == s)
for bad in [5, "abc", (4, (), None), (3, [0] * 625, None), (3, (1,) * 5, None),
            (3, (1,) * 624 + (625,), None), (3, (1,) * 624 + (-1,), None), (3, (1,) * 625),
            (3, ("a",) * 625, None), (3, (-1,) * 625, None), (3, (2 ** 64,) * 625, None)]:
    try:
        r.setstate(bad)
        print("accepted")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(r.getstate() == s)
