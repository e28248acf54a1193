# A shift count masked by a small literal (i & 63) keeps the VM's opcode;
# other counts, large ones included, shift as CPython does.
for i in (0, 5, 63, 600, -3, True):
    print(1 << (i & 63), 3 << (511 & i), 1 << (i & 0x1ff))
try:
    print(1 << ({1} & 63))
except TypeError as e:
    print(e)
n = 1000
print((1 << n) >> 990, 1 << (n & 7))
