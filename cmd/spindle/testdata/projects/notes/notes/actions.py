import logging

from .registry import command
from .store import stats
from .util import plural

log = logging.getLogger("notes.actions")


@command("list", "показать заметки", aliases=("ls",))
def cmd_list(args, notes):
    shown = [n for n in notes if n.matches(args.tag) and (args.all or not n.done)]
    for n in shown:
        print(n.line(args.width))
    print(f"{len(shown)} {plural(len(shown), 'заметка', 'заметки', 'заметок')}")
    return 0


@command("show", "показать одну заметку")
def cmd_show(args, notes):
    for n in notes:
        if n.id == args.id:
            print(f"#{n.id}: {n.text}")
            print(f"  priority: {n.priority}, tags: {', '.join(n.tags) or '-'}, due: {n.due or '-'}")
            return 0
    log.error("no note with id %d", args.id)
    return 1


@command("stats", "статистика", aliases=("st",))
def cmd_stats(args, notes):
    s = stats(notes)
    print("total={total} done={done} high={high} ({percent}% done)".format(**s))
    return 0
