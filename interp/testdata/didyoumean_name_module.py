# An uncaught NameError at module level: the default sys.excepthook
# suggests a global, bound before the failing line.
import math

max_retries = 3
print("retries", max_retries)
print(max_retry + math.floor(0.5))
