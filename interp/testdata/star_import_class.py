class C:
    from queue import *
