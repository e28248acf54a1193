# try_name: an undefined name, raised and caught.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
for _ in range(N):
    try:
        undefined_name
    except NameError:
        pass
