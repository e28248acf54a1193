"""Plugins found on a directory added to sys.path at run time."""

import importlib
import os
import sys

LOADED = []


def load(directory, name):
    if directory not in sys.path:
        sys.path.insert(0, directory)
    module = importlib.import_module(name)
    LOADED.append(name)
    return module


def reload(module):
    return importlib.reload(module)


def plugin_files(directory):
    return sorted(f for f in os.listdir(directory) if f.endswith(".py"))
