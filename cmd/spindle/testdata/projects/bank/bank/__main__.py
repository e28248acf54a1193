import sys

from . import Account, util, __version__

args = sys.argv[1:]
count = int(args[args.index("--accounts") + 1]) if "--accounts" in args else 1
print(f"bank {__version__} (package {__package__!r}, name {__name__!r})")
print("argv[0] ends with:", sys.argv[0].split("/")[-2:])
for i in range(count):
    a = Account(f"client{i}", 100 * (i + 1))
    print(a, util.money(a.balance))
