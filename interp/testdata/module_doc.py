# A comment before the docstring.

"""The script's docstring.

Second line."""
import sys
sys.path.insert(0, "mods")
import __main__
import mod_with_doc
import mod_without_doc

print(repr(__main__.__doc__))
print(repr(mod_with_doc.__doc__))
print(repr(mod_without_doc.__doc__))
print(__main__.__file__.endswith("module_doc.py"))
