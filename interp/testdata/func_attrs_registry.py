# Attributes a decorator sets on the functions it registers, read and
# updated through any name (the registry pattern).
registry = []


def command(help_text):
    def deco(f):
        f.help = help_text
        f.calls = 0
        registry.append(f)
        return f
    return deco


def tag(g):
    g.tagged = True
    return g


@command("приветствие")
@tag
def hello(name):
    return f"Привет, {name}!"


@command("сумма")
def add(a, b):
    return a + b


for h in registry:
    h.calls += 1
    print(h.__name__, h.help, h.calls, getattr(h, "tagged", False))
print([g.help for g in registry], hello.tagged)
print(hello("мир"), add(2, 3))
