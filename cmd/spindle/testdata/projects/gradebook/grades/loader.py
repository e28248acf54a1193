import csv
from pathlib import Path

from .models import Course, Student

DATA = Path(__file__).parent / "data"


def load_course(name="python101"):
    path = DATA / (name + ".csv")
    course = Course(name)
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            scores = [float(x) for x in row["scores"].split()]
            course.add(Student(row["name"], scores, row["group"] or None))
    return course
