import threading
from string import Template

# each worker renders a status line from a shared template
status = Template("[$name] processed ${count} items ($$${cost} total)")
lines = []
lock = threading.Lock()


def worker(name, count):
    line = status.substitute(name=name, count=count, cost=count * 2.5)
    with lock:
        lines.append(line)


threads = [threading.Thread(target=worker, args=("worker-%d" % i, i * 10)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in sorted(lines):
    print(line)

t = Template("$who likes $what")
print(t.template, type(t).__name__, repr(t).startswith("<string.Template object at 0x"))
print(t.substitute({"who": "Tim", "what": "kung pao"}))
print(t.substitute({"who": "Tim", "what": "x"}, what="threads"))
print(t.safe_substitute(who="Ann"))
print(t.safe_substitute({}))
print(Template("$ invalid $1 and $$ and ${ok}").safe_substitute(ok="fine"))
print(Template("Привет, $имя and $name_2!").safe_substitute(name_2="мир"))
print(t.get_identifiers(), Template("${a} $b $a $$c").get_identifiers())
print(t.is_valid(), Template("cost: $").is_valid())
print(Template("$x$y").substitute(x=[1, 2], y=None), Template("${X}y").substitute(X=3))
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("line one\n  bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)


class PercentTemplate(Template):
    delimiter = "%"


p = PercentTemplate("%user spent %{amount} (100%% sure)")
print(p.substitute(user="bob", amount=7), p.template)
print(p.get_identifiers(), isinstance(p, Template), PercentTemplate.delimiter, Template.delimiter)


class Report(Template):
    idpattern = r"[a-z]+"

    def __init__(self, text):
        super().__init__(text.upper())


r = Report("$A-$bc_d")
print(r.template, r.safe_substitute(A=1, bc=2))
