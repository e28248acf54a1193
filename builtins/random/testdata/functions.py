# Each function after seed(42) and seed(0).
import random

for s in [0, 42, (1 << 40), 2024, "threads"]:
    random.seed(s)
    print("seed", s)
    print(random.random(), random.uniform(1, 10), random.uniform(2.5, -1.0), random.uniform(3, 3))
    print([random.randrange(10) for i in range(8)])
    print([random.randrange(5, 50, 7) for i in range(8)])
    print([random.randrange(50, 5, -3) for i in range(8)])
    print([random.randrange(-10, 10) for i in range(8)])
    print([random.randint(-3, 3) for i in range(8)])
    print(random.randrange(0, (1 << 70), 3), random.randint(100000000000000000000, 1000000000000000000000))
    print(random.choice([1, 2, 3]), random.choice("abcdef"), random.choice((None, True)), random.choice(range(100)), random.choice("héllo wörld"))
    x = list(range(10))
    random.shuffle(x)
    print(x)
    y = ["a", "b", "c", "d", "e"]
    random.shuffle(y)
    print(y)
    print(random.sample(range(100), 10))
    print(random.sample(range(20), 7), random.sample("abcdefgh", 3), random.sample([1, 2, 3], 3))
    print(random.sample(range(1000), 30))
    print(random.sample(range(30), 5), random.sample(range(22), 6), random.sample(range(60), 6))
    print(random.sample(["x", "y", "z"], k=2, counts=[3, 1, 2]))
    print(random.choices(["r", "g", "b"], k=10))
    print(random.choices(["r", "g", "b"], [10, 1, 1], k=10))
    print(random.choices(["r", "g", "b"], weights=[0.5, 0.25, 0.25], k=5))
    print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
    print(random.choices("ab"))
    print(random.getrandbits(0), random.getrandbits(64), random.getrandbits(65))
    print(random.triangular(), random.triangular(1, 5), random.triangular(0, 10, 2))
    # gauss, normalvariate and expovariate call libm's log, cos and sin,
    # whose last bit may differ: print them truncated.
    print(int(random.gauss() * 1e9), int(random.gauss(5, 2) * 1e9), int(random.gauss(0, 1) * 1e9))
    print(int(random.normalvariate() * 1e9), int(random.normalvariate(10, 3) * 1e9))
    print(int(random.expovariate(1.5) * 1e9), int(random.expovariate(2) * 1e9))
    print(random.randbytes(5), random.randbytes(0))
    print(random.random())
