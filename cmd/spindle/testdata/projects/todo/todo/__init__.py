"""todo: a tiny command-line task list kept in a JSON file."""

from .core.models import Priority, Status, Task
from .core.store import Store, StoreError

__all__ = ["Priority", "Status", "Task", "Store", "StoreError"]
