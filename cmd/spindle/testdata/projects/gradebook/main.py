import sys

import grades
from grades import *  # noqa: F403 - uses __all__
from grades.report import table

print(grades.__version__, sorted(grades.__all__))
course = load_course()
print(table(course, int(sys.argv[1]) if len(sys.argv) > 1 else 0))
best = course.ranking()[0]
print(best, best.grade(), repr(best.grade()))
print(Course("a") < Course("b"), Grade["B"].value, [g.name for g in Grade])
