from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional


class Grade(Enum):
    A = 5
    B = 4
    C = 3
    F = 2

    def __str__(self):
        return self.name


@dataclass
class Student:
    name: str
    scores: List[float] = field(default_factory=list)
    group: Optional[str] = None

    def average(self):
        from .stats import mean  # late import: stats imports models
        return mean(self.scores)

    def grade(self):
        from .stats import letter
        return letter(self.average())


@dataclass(order=True)
class Course:
    title: str
    students: List[Student] = field(default_factory=list, compare=False)

    def add(self, student):
        self.students.append(student)
        return student

    def ranking(self):
        return sorted(self.students, key=lambda s: (-s.average(), s.name))
