# unittest's __main__: python -m unittest [options] [tests], or
# discover [options]. spindle runs it as __main__ (see interp.ExecModule).

import sys
from unittest import main

sys.argv[0] = "python3 -m unittest"  # as CPython names it after its executable
main(module=None)
