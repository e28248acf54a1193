# A SyntaxError inside an imported file names that file and line, both
# when caught and in the traceback.
try:
    from mods import broken
except SyntaxError as e:
    print(type(e).__name__, e.filename.endswith("broken.py"), e.lineno, e.msg)
from mods import broken
