# A struct_time slices as a tuple of its fields.
import time
g = time.gmtime(1_234_567_890)
print(g[:3], g[3:6], g[::2], g[-1], g[-3:], g[::-1][:2], type(g[:2]).__name__, g[5:1], tuple(g)[:2])
