# Modules from files: packages, relative imports, caching in sys.modules,
# __name__ and __file__, a sys.path entry added at run time, circular
# imports and the import errors.
import sys
import spkg
print(spkg.__name__, spkg.__package__, spkg.__file__)
from spkg.inner import deep, shout
print(deep.VALUE, shout("hi"), deep.__name__, deep.__package__)
import spkg.inner.deep
print(spkg.inner.deep is deep, sys.modules["spkg.inner.deep"] is deep)
from spkg import rel
print(rel.summary())
import spkg.cyc_a
print(spkg.cyc_a.result)
sys.path.insert(0, "mods")
import helper
import helper as again
print(helper.twice(21), again is helper, helper.__file__, helper.__name__)
print(helper.main_ran, __name__)
print(type(helper).__name__, repr(helper).startswith("<module 'helper' from"))
for stmt in ["import nowhere", "import spkg.nowhere", "import helper.sub",
             "from spkg import nowhere", "from sys import nowhere"]:
    try:
        exec_ok = False
        if stmt == "import nowhere":
            import nowhere
        elif stmt == "import spkg.nowhere":
            import spkg.nowhere
        elif stmt == "import helper.sub":
            import helper.sub
        elif stmt == "from spkg import nowhere":
            from spkg import nowhere
        else:
            from sys import nowhere
    except ImportError as e:
        print(type(e).__name__ + ":", e)
