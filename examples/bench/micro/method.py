# method: a method call on an instance.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


class C:
    def m(self):
        pass


o = C()
for _ in range(N):
    o.m()
