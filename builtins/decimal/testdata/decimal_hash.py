from decimal import Decimal as D
from fractions import Fraction as F
s = {D("1.0"), D("1.00"), D("2.5")}
print(len(s), D("1.5") in {D("1.50")}, {D("2.50"): "x"}[D("2.5")], D("NaN") in {D("1")})
print(hash(D("1.5")) == hash(1.5), hash(D(10**30)) == hash(10**30), hash(D("-0.125")) == hash(-0.125), hash(D("1e-30")) == hash(F(1, 10**30)))
print(sorted({D("3"), D("1"), D("2")}), len({D(0), D("-0"), D("0E+5")}))
