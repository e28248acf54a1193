# bools are ints in Python: arithmetic, comparisons and formatting
print(True + True, True * 3, -True, +False, ~True, True / 2, 1 + False)
print(True - 2, True // 2, True % 2, 7 * False, True ** 3, 2 ** True)
print(True == 1, False == 0, True != 1, 1 == True, 0.0 == False, True == 1.0)
print(True > 0, False < 1, True >= 1, 2 > True, True <= False, 1.5 > True)
print(True & False, True | False, True ^ True, False ^ True, True & 3, 6 | True)
print(True << 3, 16 >> True)
print(sum([True, False, True]), sum(x > 2 for x in [1, 3, 5]), abs(True), abs(-True))
print(max(True, 0), min(False, 1), divmod(True, 2), round(True), int(True), float(False))
print("%d %s %r %5.1f %x" % (True, True, False, True, True))
print(format(True, "d"), format(True, ">5"), format(False), f"{True:5}|{True}|{False:d}")
print("{:03d} {}".format(True, True), str(True), repr(False))

# comparison results in arithmetic
xs = [4, -2, 7, 0, -9]
positives = 0
for x in xs:
    positives += x > 0
print("positives:", positives)
print("negatives:", sum(x < 0 for x in xs), (xs[0] > 0) + (xs[1] > 0))
print("sign:", (xs[0] > 0) - (xs[0] < 0), (xs[1] > 0) - (xs[1] < 0))
print("as index:", ["no", "yes"][3 > 2], "ab"[False])

# variables holding bools
flag = True
other = False
print(flag + 1, flag * 10, -flag, flag + other, flag & other, flag | other)
print(flag == 1, flag > other, flag in [1], other in {0: "zero"})
found = False
for word in ["a", "bb", "ccc"]:
    found |= len(word) > 2
print("found:", found, type(found).__name__)
count = 0
count += flag
count += not other
print("count:", count)


def is_even(n):
    return n % 2 == 0


print("evens:", is_even(2) + is_even(4) + is_even(5))
total = 0
for n in range(6):
    total += is_even(n)
print("total:", total)
print(True + True == 2, (1 < 2) * 5 + (2 < 1))


def all_small(values):
    return not values or values[0] < 10 and all_small(values[1:])


print("recursive:", all_small([1, 2]) + all_small([50]))

# errors name the bool, as CPython does
for bad in [lambda: True + "a", lambda: "a" + flag, lambda: True / 0, lambda: flag // False,
            lambda: True < "b", lambda: -flag + None, lambda: flag % 0]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(flag + [1])
