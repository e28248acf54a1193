# x << n for counts past the VM's 512, and their errors as CPython's.
def shl(x, n):
    return x << n

print(shl(1, 600) == 2 ** 600, shl(-3, 700) == -3 * 2 ** 700, shl(0, 10 ** 30))
print((1 << 1000).bit_length(), shl(True, 3), shl(5, True))
acc = 1
acc <<= 999
print(acc.bit_length())
for x, n in [(1, -1), (1, 2 ** 70), (-1, 2 ** 70), (1, 2.0), (1, 2 ** 40)]:
    try:
        shl(x, n)
    except Exception as e:
        print(type(e).__name__, e)

class Bits:
    def __rlshift__(self, other):
        return f"{other} << Bits"
    def __rrshift__(self, other):
        return f"{other} >> Bits"

print(1 << Bits(), 8 >> Bits())
