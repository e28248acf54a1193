from . import number


def render(shapes):
    lines = []
    for s in shapes:
        lines.append(f"{s.kind:<7} area={number(s.area()):>8} perimeter={number(s.perimeter())}")
    total = sum(s.area() for s in shapes)
    lines.append(f"{'всего':<7} area={number(total):>8}")
    return "\n".join(lines)
