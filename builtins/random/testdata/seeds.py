# Sequences after seeding with ints, big ints and strings.
import random

for s in [0, 1, 42, 2024, -7, (1 << 32), (1 << 40), (1 << 64) + 5, 1000000000000000000000000000000, "hello", "", "spindle ünicode", b"bytes", 1.5, -2.25, 3.0, 1e300, True]:
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
    print(" ", [random.randint(1, 6) for i in range(10)], random.randrange(100000000000000000000))
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed("abc", 1)
print(random.random())
