"""python3 demo [N]: run with the directory, as a zipapp-style tool."""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import table  # a sibling of __main__.py: sys.path[0] is this directory
from algos import SORTS

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
print(f"running {os.path.basename(sys.path[0].rstrip(os.sep))!r} as {__name__!r}, package {__package__!r}")
print(table.render(SORTS, list(range(n, 0, -1))))
