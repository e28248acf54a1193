"""Threads gather results; a report is rendered with textwrap and Template."""
import string
import textwrap
import threading

DESCRIPTIONS = {
    "indexer": "Walks the document tree and builds an inverted index of every term it finds, skipping stop words.",
    "crawler": "Fetches pages breadth-first, honouring robots.txt and a per-host delay of one second.",
    "ranker": "Scores documents.",
}

REPORT = string.Template(textwrap.dedent("""\
    Report for $service
    ${line}
    status: $status   ($count items, $$${cost} spent)
    """))


def gather(name, out, lock):
    words = DESCRIPTIONS[name].split()
    summary = {
        "service": name,
        "line": "=" * (len("Report for ") + len(name)),
        "status": "ok" if len(words) > 3 else "short",
        "count": len(words),
        "cost": f"{len(words) * 0.25:.2f}",
    }
    with lock:
        out[name] = summary


def main():
    out, lock = {}, threading.Lock()
    ts = [threading.Thread(target=gather, args=(n, out, lock)) for n in DESCRIPTIONS]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for name in sorted(out):
        print(REPORT.substitute(out[name]), end="")
        print(textwrap.indent(textwrap.fill(DESCRIPTIONS[name], width=40), "  | "))
        print(textwrap.shorten(DESCRIPTIONS[name], width=30, placeholder=" [...]"))
        print()
    t = string.Template("$who owes $$$amount to ${whom}")
    print(t.safe_substitute(who="ann", amount=5))
    try:
        t.substitute(who="ann")
    except KeyError as e:
        print("KeyError:", e)
    try:
        string.Template("bad $").substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(textwrap.wrap("a b c d e f g h", width=5))
    print(repr(textwrap.dedent("    x\n      y\n\n    z\n")))
    print(textwrap.fill("Съешь же ещё этих мягких французских булок", width=12))
    print(string.capwords("hello   threading world"), string.ascii_uppercase[:5], string.digits)


if __name__ == "__main__":
    main()
