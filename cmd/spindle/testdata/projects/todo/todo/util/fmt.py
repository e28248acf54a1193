import textwrap

from ..core.models import Priority, Status

MARKS = {Priority.HIGH: "!", Priority.NORMAL: " ", Priority.LOW: "?"}


def line(task, width=40):
    box = "[x]" if task.status is Status.DONE else "[ ]"
    title = textwrap.shorten(task.title, width=width, placeholder="…")
    tags = " ".join("#" + t for t in task.tags)
    due = f" (до {task.due:%d.%m})" if task.due else ""
    late = " ПРОСРОЧЕНО" if task.overdue else ""
    return f"{task.id:>3} {box}{MARKS[task.priority]} {title:<{width}}{due}{late} {tags}".rstrip()


def summary(tasks):
    tasks = list(tasks)
    done = sum(t.status is Status.DONE for t in tasks)
    by = {p.name.lower(): sum(t.priority == p for t in tasks) for p in reversed(Priority)}
    pct = done / len(tasks) if tasks else 0
    return f"{len(tasks)} tasks, {done} done ({pct:.0%}); " + ", ".join(f"{k}={v}" for k, v in by.items())
