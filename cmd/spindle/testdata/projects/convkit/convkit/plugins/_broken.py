raise ImportError("underscore modules are never imported")
