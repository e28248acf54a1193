import sys
from . import cyc_a
partial = sys.modules["spkg.cyc_a"]
saw = (hasattr(partial, "result"), cyc_a is partial, partial.early)
try:
    from .cyc_a import result
except ImportError as e:
    print("ImportError:", e)
