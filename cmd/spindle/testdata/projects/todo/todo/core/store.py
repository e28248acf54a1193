import json
import os

from ..util.dates import today
from .models import Priority, Status, Task


class StoreError(Exception):
    """A task list that cannot be read or a task that does not exist."""


class Store:
    def __init__(self, path):
        self.path = path
        self.tasks = []
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                try:
                    data = json.load(f)
                except json.JSONDecodeError as e:
                    raise StoreError(f"{path}: не JSON ({e.msg}, строка {e.lineno})") from e
            self.tasks = [Task.from_json(d) for d in data["tasks"]]

    def save(self):
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump({"version": 1, "tasks": [t.to_json() for t in self.tasks]}, f, ensure_ascii=False, indent=1)

    def add(self, title, priority=Priority.NORMAL, tags=(), due=None):
        next_id = max((t.id for t in self.tasks), default=0) + 1
        task = Task(next_id, title, priority, tags=sorted(set(tags)), due=due, created=today())
        self.tasks.append(task)
        return task

    def get(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                return t
        raise StoreError(f"no task #{task_id}")

    def done(self, task_id):
        task = self.get(task_id)
        if task.status is Status.DONE:
            raise StoreError(f"task #{task_id} is already done")
        task.status = Status.DONE
        return task

    def query(self, tag=None, status=None):
        for t in sorted(self.tasks, key=lambda t: (-t.priority, t.id)):
            if (tag is None or tag in t.tags) and (status is None or t.status is status):
                yield t
