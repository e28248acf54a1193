# Random instances are independent of the module generator.
import random

r = random.Random(42)
random.seed(42)
a = [r.random() for i in range(3)]
b = [random.random() for i in range(3)]
print(a == b, a)
r2 = random.Random("x")
print(r2.randint(1, 100), r2.choice([5, 6, 7]))
r2.seed(7)
print(r2.random(), r2.sample(range(10), 3))
print(r.random())
