# __spec__: None in a script's __main__; a ModuleSpec in imported modules,
# with name, parent, origin (the file), submodule_search_locations (a
# package's __path__) and has_location.
import spkg
import spkg.rel
import unittest

print(__spec__, "__spec__" in globals())
for m in (spkg, spkg.rel):
    s = m.__spec__
    print(s.name, repr(s.parent), s.origin == m.__file__, s.has_location, s.loader is None or s.loader is not None)
print(spkg.__spec__.submodule_search_locations == spkg.__path__, spkg.rel.__spec__.submodule_search_locations)
print(unittest.__spec__.name)
