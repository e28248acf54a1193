# An IntFlag combination (a pseudo-member) is the int of its value:
# as a sequence index, in int arithmetic and formatting.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


modes = ["---", "--x", "-w-", "-wx", "r--", "r-x", "rw-", "rwx"]
rw = Perm.R | Perm.W
print(modes[rw], modes[Perm(5)], modes[Perm.R], modes[~rw], "abcdefgh"[rw], (0, 1, 2, 3, 4, 5, 6, 7)[Perm(3)])
print(rw + 0, rw * 2, rw - Perm.X, rw // 4, divmod(rw, 4), -rw, rw << 1, abs(Perm(0)))
print(f"{rw:d} {rw:03b} {rw:x}", "%d" % rw, bin(rw), hex(Perm(7)), int(rw), rw.__index__())
print(rw == 6, hash(rw) == hash(6), rw > 5, sorted([Perm(3), 2, Perm(6)]), range(10)[Perm(5)])
print(modes[rw:], list(range(8))[Perm.X:Perm(6)])
