# cached_property computes on the first read and stores the value in
# the instance's __dict__; deleting it there computes it again.
from functools import cached_property


class Report:
    def __init__(self, words):
        self.words = words

    @cached_property
    def stats(self):
        """Статистика слов."""
        print("  вычисляю")
        return {w: len(w) for w in self.words}


r = Report(["мир", "дом"])
print(r.stats, r.stats, "stats" in vars(r))
r.stats = {"подмена": 1}
print(r.stats)
del r.stats
print(r.stats)
print(type(Report.stats).__name__, Report.stats.attrname, Report.stats.__doc__, Report.stats.func.__name__)
r2 = Report(["ёж"])
print(r2.stats, r.stats is not r2.stats)
