import logging
import sys

FORMAT = "%(levelname)-7s %(name)s: %(message)s"


def setup(verbose=False):
    root = logging.getLogger("runner")
    if root.handlers:
        return root
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    return root
