import unittest

import grades
from grades.models import Student, Course


class CourseTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.course = grades.load_course()
        print("loaded", len(cls.course.students))

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.extra = Course("extra")

    def tearDown(self):
        self.extra.students.clear()

    def test_names(self):
        names = [s.name for s in self.course.students]
        self.assertCountEqual(names, ["Дарья", "Анна", "Борис", "Глеб", "Вера"])

    def test_groups(self):
        groups = [s.group for s in self.course.students]
        self.assertCountEqual(groups, ["A", "A", "B", "B", "C"])

    def test_ranking(self):
        top = [s.name for s in self.course.ranking()[:2]]
        self.assertEqual(top, ["Дарья", "Анна"])

    def test_add(self):
        s = self.extra.add(Student("Ян", [50.0]))
        self.assertIs(self.extra.students[0], s)
        self.assertEqual(s.grade(), grades.Grade.F)
        self.assertEqual(repr(s), "Student(name='Ян', scores=[50.0], group=None)")

    def test_empty_student(self):
        Student("x").average()
