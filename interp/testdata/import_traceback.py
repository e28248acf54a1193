# A traceback through an imported module shows that module's file.
from mods import failing
failing.outer(3)
