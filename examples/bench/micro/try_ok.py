# try_ok: a try whose body raises nothing.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x = 1
for _ in range(N):
    try:
        y = x
    except IndexError:
        pass
