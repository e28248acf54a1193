early = "set before the cycle"
from . import cyc_b
result = ("a done", cyc_b.saw)
