# float() parses a signed nan, as CPython does: -nan keeps its sign bit.
import math

for s in ["nan", "-nan", "+nan", "NaN", " -NAN\n", "-inf", "+Infinity", "-iNfInItY"]:
    f = float(s)
    print(repr(s), f, math.copysign(1.0, f), f == f)
for s in ["--nan", "nan1", "-na n", "+-inf"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
