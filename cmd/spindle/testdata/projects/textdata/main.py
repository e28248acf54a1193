import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import textstats  # noqa: E402
from textstats.counts import read  # noqa: E402

text = read(os.path.join(HERE, "data", "poem.txt"))
print(textstats.top_words(text, 2))
print(sys.path[0] == HERE, sys.path[1] == HERE)
print(os.path.relpath(textstats.__file__, HERE) if hasattr(os.path, "relpath") else "textstats/__init__.py")
