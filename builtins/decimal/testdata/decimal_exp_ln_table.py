from decimal import *
import random
random.seed(5)
D = Decimal
out = []
for i in range(400):
    prec = random.choice([5, 9, 16, 28, 40])
    getcontext().prec = prec
    e = random.randint(-12, 6)
    s = str(random.randint(1, 10**random.randint(1, 12))) + "E" + str(e)
    if random.random() < 0.3:
        s = "-" + s
    x = D(s)
    row = [s, prec]
    for m in ("exp", "ln", "log10"):
        try:
            row.append(str(getattr(x, m)()))
        except Exception as ex:
            row.append(type(ex).__name__)
    out.append(row)
for r in out:
    print(*r)
