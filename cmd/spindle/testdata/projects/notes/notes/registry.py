"""The registry of subcommands: @command marks a function as one."""

commands = []


def command(name, help, aliases=()):
    """Register fn as the subcommand name; its help and aliases are kept
    on the function itself."""

    def register(fn):
        fn.command_name = name
        fn.help = help
        fn.aliases = tuple(aliases)
        fn.calls = 0
        commands.append(fn)
        return fn

    return register


def find(name):
    for fn in commands:
        if name == fn.command_name or name in fn.aliases:
            return fn
    raise LookupError(f"no command {name!r}")
