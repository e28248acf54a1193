"""notes — a tiny note keeper with a command line."""

from .model import Note, Priority
from .registry import command, commands, find

__all__ = ["Note", "Priority", "command", "commands", "find", "__version__"]
__version__ = "0.3.1"
