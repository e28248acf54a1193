# sys.__excepthook__, called by a script, is the default hook: it
# suggests; traceback.format_exc before it does not.
import sys
import traceback

total = 1
try:
    print(totl)
except NameError as e:
    print(traceback.format_exc().splitlines()[-1])
    sys.__excepthook__(type(e), e, e.__traceback__)
