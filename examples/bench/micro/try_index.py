# try_index: a try catching the IndexError its body raises.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
lst = []
for _ in range(N):
    try:
        lst[5]
    except IndexError:
        pass
