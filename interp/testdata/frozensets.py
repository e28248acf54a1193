# frozenset: an immutable, hashable set
empty = frozenset()
print(empty, len(empty), bool(empty))
primes = frozenset([2, 3, 5, 7, 3, 2])
print(primes, len(primes))
print(repr(frozenset("abca")) == repr(frozenset("abca")), sorted(frozenset("abca")))
print(type(primes).__name__, isinstance(primes, frozenset), isinstance(primes, set))
print(isinstance({1}, frozenset), type(frozenset) is type)

# membership and iteration
print(3 in primes, 4 in primes, 4 not in primes)
print([p * 10 for p in primes])
total = 0
for p in primes:
    total += p
print("sum", total, sum(primes), max(primes), min(primes))

# hashable: dict keys and set members
groups = {frozenset({"a", "b"}): "ab", frozenset(): "none"}
print(groups[frozenset(["b", "a"])], groups[frozenset()])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested)
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])))

# operators keep the left operand's type
odds = frozenset({1, 3, 5, 7, 9})
print(primes | odds)
print(primes & odds)
print(primes - odds)
print(primes ^ odds)
s = {1, 2, 3}
print(s | odds, type(s | odds).__name__)
print(odds & s, type(odds & s).__name__)
print(odds - s, s - odds)
print(frozenset({1}) | frozenset({2}))

# comparisons
print(frozenset({1, 2}) == frozenset({2, 1}), frozenset({1}) != frozenset({1}))
print(frozenset({1}) < frozenset({1, 2}), frozenset({1, 2}) <= frozenset({1, 2}))
print(frozenset({1, 2, 3}) > frozenset({1}), frozenset({1}) >= frozenset({2}))

# with sets: equal when the elements are, and subsets either way round
s = {2, 3, 5, 7}
print(primes == s, s == primes, primes != s, s <= primes, primes < s | {11}, {2} < primes)
union = odds | {0}
print(union == {0, 1, 3, 5, 7, 9}, frozenset() == set(), set() != frozenset())

# methods
print(primes.union([11, 13]), primes.union())
print(primes.union({1}, [0]))
print(primes.intersection(range(4)), primes.intersection({2, 3}, [3]))
print(primes.difference([2]), primes.difference([2], (3,)))
print(primes.symmetric_difference([1, 2]))
print(frozenset({2}).issubset(primes), primes.issubset([2]))
print(primes.issuperset((2, 3)), primes.isdisjoint([4, 6]), primes.isdisjoint([7]))
print(primes.copy() is primes, primes.copy())
print({1, 2}.isdisjoint(frozenset({3})), {1, 2}.issubset(frozenset({1, 2, 3})))
print(set(primes) == {2, 3, 5, 7}, sorted(primes), list(frozenset([4])), tuple(frozenset()))
print(frozenset(frozenset([1])), frozenset({1: "a", 2: "b"}))
print(f"{frozenset({1})}", str(frozenset([1, 2])), [frozenset()])
print(frozenset.union(frozenset({1}), {2}))

# immutable and picky: these raise
for bad in [lambda: primes.add(1), lambda: frozenset([[1]]), lambda: frozenset(5),
            lambda: frozenset(1, 2), lambda: frozenset(x=1), lambda: primes.issubset(),
            lambda: primes.symmetric_difference(), lambda: primes + primes,
            lambda: [] in primes, lambda: primes.union(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
primes.remove(2)
