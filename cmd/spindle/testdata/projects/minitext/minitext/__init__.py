"""minitext: {{ name | filter }} templates, a small library with its tests."""

from .errors import *  # noqa: F401,F403 - re-exported through errors.__all__
from .errors import __all__ as _errors_all
from .template import Template, render
from .loader import Loader

__all__ = ["Template", "render", "Loader"] + _errors_all
__version__ = "1.2.0"
