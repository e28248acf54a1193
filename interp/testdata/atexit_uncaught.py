import atexit


def cleanup(what):
    print("cleaning up", what)


atexit.register(cleanup, "resources")
print("about to fail")
raise RuntimeError("uncaught")
