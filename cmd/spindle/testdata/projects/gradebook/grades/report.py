from .stats import median


def table(course, top=0):
    rows = course.ranking()
    if top:
        rows = rows[:top]
    lines = [f"{'#':>2} {'name':<8}{'avg':>7} grade"]
    for i, s in enumerate(rows, 1):
        lines.append(f"{i:>2} {s.name:<8}{s.average():>7.2f} {s.grade()}")
    med = median([s.average() for s in course.students])
    lines.append(f"median {med:.3f}")
    return "\n".join(lines)
