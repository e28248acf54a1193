from .engine import Result, Engine  # noqa: F401  (a cycle, resolved by Engine.report's late import)


def render(results, stats):
    lines = []
    width = max((len(r.job.url) for r in results), default=3)
    for r in results:
        status = f"{len(r.body):>4} bytes" if r.ok else f"ERROR {r.error}"
        lines.append(f"{r.job.url:<{width}}  {status}  ({r.attempts} attempt{'s' if r.attempts != 1 else ''})")
    lines.append(f"ok={stats['ok']} failed={stats['failed']} attempts={stats['attempts']}")
    return "\n".join(lines)
