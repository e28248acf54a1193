import argparse

from . import load_course, letter
from .report import table


def build_parser():
    p = argparse.ArgumentParser(prog="grades", description="Course gradebook.")
    p.add_argument("--course", default="python101", help="course file name")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("report", help="print the ranking")
    r.add_argument("--top", type=int, default=0, help="only the first N")
    s = sub.add_parser("student", help="show one student")
    s.add_argument("name")
    g = sub.add_parser("grade", help="letter for a score")
    g.add_argument("score", type=float)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.command == "grade":
        print(letter(args.score))
        return 0
    course = load_course(args.course)
    if args.command == "report":
        print(table(course, args.top))
        return 0
    for s in course.students:
        if s.name == args.name:
            print(f"{s.name}: {s.average():.2f} ({s.grade()}) group={s.group!r}")
            return 0
    print(f"нет такого студента: {args.name}")
    return 1
