"""Commands by name: each handler takes (store, *args) and returns text."""

import shlex

COMMANDS = {}


def command(name, nargs):
    def deco(fn):
        fn.nargs = nargs
        COMMANDS[name] = fn
        return fn
    return deco


@command("SET", 2)
def do_set(store, key, value):
    store.set(key, value)
    return "OK"


@command("GET", 1)
def do_get(store, key):
    return store.get(key)


@command("INCR", 1)
def do_incr(store, key):
    return str(store.incr(key))


@command("DEL", 1)
def do_del(store, key):
    store.delete(key)
    return "OK"


@command("KEYS", 0)
def do_keys(store):
    return " ".join(store.keys()) or "(empty)"


def parse(line):
    """'SET name "Иван Петров"' -> ("SET", ["name", "Иван Петров"])."""
    parts = shlex.split(line, comments=True)
    if not parts:
        return None
    name, args = parts[0].upper(), parts[1:]
    fn = COMMANDS.get(name)
    if fn is None:
        raise ValueError(f"unknown command {parts[0]!r}")
    if len(args) != fn.nargs:
        raise ValueError(f"{name} takes {fn.nargs} argument{'s' if fn.nargs != 1 else ''}, got {len(args)}")
    return name, args


def execute(store, line):
    parsed = parse(line)
    if parsed is None:
        return None
    name, args = parsed
    return COMMANDS[name](store, *args)
