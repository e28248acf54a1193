import random
random.seed(12345)
for name, args in [("lognormvariate", (0, 1)), ("vonmisesvariate", (1.0, 4.0)), ("vonmisesvariate", (0.5, 0)),
                   ("gammavariate", (2.5, 1.5)), ("gammavariate", (1.0, 2.0)), ("gammavariate", (0.5, 3.0)),
                   ("betavariate", (2, 5)), ("betavariate", (0.5, 0.5)), ("paretovariate", (3,)), ("weibullvariate", (1.0, 1.5))]:
    print(name, args, [round(getattr(random, name)(*args), 12) for _ in range(5)])
r = random.Random(7)
print(r.betavariate(2, 3), r.gammavariate(9, 2), r.random())
for bad in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.paretovariate(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
