# try_attr: a missing attribute of an instance, raised and caught.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


class C:
    pass


o = C()
for _ in range(N):
    try:
        o.missing
    except AttributeError:
        pass
