import importlib

NAMES = ["text", "maths"]


def load_all():
    """Imports every job module so that its @job functions register."""
    return [importlib.import_module(f".{n}", __name__) for n in NAMES]
