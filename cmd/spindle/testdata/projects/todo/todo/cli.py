import argparse
import datetime
import sys

from . import Priority, Status, Store, StoreError
from .util import dates, fmt


def build_parser():
    parser = argparse.ArgumentParser(prog="todo", description="Keep a task list in a JSON file.",
                                     epilog="Пример: todo add 'купить хлеб' -p high -t дом")
    parser.add_argument("-f", "--file", default="todo.json", help="task file (default: %(default)s)")
    parser.add_argument("--today", type=datetime.date.fromisoformat, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="cmd", title="commands", metavar="COMMAND")

    add = sub.add_parser("add", help="add a task", description="Add a task to the list.")
    add.add_argument("title")
    add.add_argument("-p", "--priority", type=Priority.parse, default=Priority.NORMAL,
                     help="low, normal or high")
    add.add_argument("-t", "--tag", action="append", default=[], dest="tags")
    add.add_argument("--due", type=dates.parse_due, metavar="DATE|+DAYS")

    ls = sub.add_parser("list", aliases=["ls"], help="list tasks")
    group = ls.add_mutually_exclusive_group()
    group.add_argument("--open", action="store_const", const=Status.OPEN, dest="status")
    group.add_argument("--done", action="store_const", const=Status.DONE, dest="status")
    ls.add_argument("--tag")
    ls.add_argument("-w", "--width", type=int, default=24)

    done = sub.add_parser("done", help="mark tasks done")
    done.add_argument("ids", type=int, nargs="+")

    sub.add_parser("stats", help="count tasks")
    return parser


def main(argv=None, out=None):
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.cmd is None:
        parser.print_usage(out)
        return 2
    if args.today:
        dates.TODAY = args.today
    try:
        store = Store(args.file)
        if args.cmd == "add":
            task = store.add(args.title, args.priority, args.tags, args.due)
            print(f"added #{task.id}: {task.title}", file=out)
        elif args.cmd in ("list", "ls"):
            for task in store.query(args.tag, args.status):
                print(fmt.line(task, args.width), file=out)
        elif args.cmd == "done":
            for i in args.ids:
                print(f"done #{store.done(i).id}", file=out)
        elif args.cmd == "stats":
            print(fmt.summary(store.tasks), file=out)
        if args.cmd in ("add", "done"):
            store.save()
    except StoreError as e:
        print(f"todo: error: {e}", file=sys.stderr)
        return 1
    return 0
