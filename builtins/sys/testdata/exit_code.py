# sys.exit with a code ends the script with that status after finally
# blocks run; SystemExit can be caught.
import sys

try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    print("exiting")
    sys.exit(4)
finally:
    print("finally ran")
print("not reached")
