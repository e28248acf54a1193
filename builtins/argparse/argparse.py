# spindle's argparse: command-line parsing with CPython 3.11's
# behaviour, usage and help layout, and messages, written for spindle's
# Python. Supported: positionals and options (-f, --flag, --flag=value,
# -fVALUE, -abc, unique prefixes of long options), the actions store,
# store_const, store_true, store_false, append, append_const, extend,
# count, help and version, nargs None, '?', '*', '+' and N, type,
# choices, default, required, dest, metavar, argument groups, mutually
# exclusive groups, the help formatters and subparsers (add_subparsers,
# add_parser with help and aliases, set_defaults on a subparser).

import sys

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
PARSER = 'A...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        args = []
        star = {}
        for name, value in vars(self).items():
            if _is_identifier(name):
                args.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            args.append('**%r' % star)
        return 'Namespace(%s)' % ', '.join(args)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return False
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in vars(self)


def _is_identifier(name):
    if not name or name[0].isdigit():
        return False
    return name.replace('_', 'a').isalnum()


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message
        Exception.__init__(self, self.__str__())

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 kind='store', version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = kind
        self.version = version
        self.container = None

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar']
        parts = ['%s=%r' % (name, getattr(self, name)) for name in names]
        return '%s(%s)' % (_kind_class(self.kind), ', '.join(parts))

    def format_usage(self):
        return self.option_strings[0]


_ZERO_ARGS = ('store_const', 'store_true', 'store_false', 'append_const', 'count', 'help', 'version')


def _copy_items(items):
    if items is None:
        return []
    return list(items)


class _Container:
    def _init_container(self, description, prefix_chars, argument_default):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self._defaults = {}

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            action = self._positional(args, kwargs)
        else:
            action = self._optional(args, kwargs)
        self._parser()._check_conflicts(action)
        return self._add_action(action)

    def _parser(self):
        return self

    def _positional(self, args, kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        dest = args[0] if args else kwargs.pop('dest')
        nargs = kwargs.get('nargs')
        required = nargs not in (OPTIONAL, ZERO_OR_MORE)
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            required = True
        return self._make_action([], dest, required, kwargs)

    def _optional(self, args, kwargs):
        chars = self.prefix_chars
        long_options = []
        for option in args:
            if not option or option[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r' % (option, chars))
            if len(option) > 1 and option[1] in chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_options[0] if long_options else args[0]
            dest = first.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % first)
            dest = dest.replace('-', '_')
        return self._make_action(list(args), dest, kwargs.pop('required', False), kwargs)

    def _make_action(self, option_strings, dest, required, kwargs):
        kind = kwargs.pop('action', 'store')
        if kind not in ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
                        'extend', 'count', 'help', 'version'):
            raise ValueError('unknown action "%s"' % (kind,))
        default = kwargs.pop('default', self._defaults.get(dest, self.argument_default))
        nargs = kwargs.pop('nargs', None)
        const = kwargs.pop('const', None)
        if kind == 'store_true':
            const = True
            if default is None:
                default = False
        elif kind == 'store_false':
            const = False
            if default is None:
                default = True
        elif kind in ('help', 'version'):
            default = SUPPRESS
            dest = SUPPRESS
            if kind == 'help' and 'help' not in kwargs:
                kwargs['help'] = 'show this help message and exit'
            if kind == 'version' and 'help' not in kwargs:
                kwargs['help'] = "show program's version number and exit"
        if kind in _ZERO_ARGS:
            if nargs is not None:
                raise TypeError("%s() got an unexpected keyword argument 'nargs'" % _kind_class(kind))
            nargs = 0
        elif nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate')
        elif kind == 'store' and const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        type_func = kwargs.pop('type', None)
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = Action(option_strings, dest, nargs=nargs, const=const, default=default,
                        type=type_func, choices=kwargs.pop('choices', None), required=required,
                        help=kwargs.pop('help', None), metavar=kwargs.pop('metavar', None),
                        kind=kind, version=kwargs.pop('version', None))
        for name in kwargs:
            raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (_kind_class(kind), name))
        return action

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _ArgumentGroup(self._parser(), title, description)
        self._parser()._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._parser()._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        parser = self._parser()
        for name in kwargs:
            parser._defaults[name] = kwargs[name]
            for action in parser._actions:
                if action.dest == name:
                    action.default = kwargs[name]

    def get_default(self, dest):
        parser = self._parser()
        for action in parser._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return parser._defaults.get(dest, None)


def _kind_class(kind):
    return {'store': '_StoreAction', 'store_const': '_StoreConstAction', 'store_true': '_StoreTrueAction',
            'store_false': '_StoreFalseAction', 'append': '_AppendAction', 'append_const': '_AppendConstAction',
            'extend': '_ExtendAction', 'count': '_CountAction', 'help': '_HelpAction',
            'version': '_VersionAction', 'parsers': '_SubParsersAction'}[kind]


class _ArgumentGroup(_Container):
    def __init__(self, parser, title=None, description=None):
        self._owner = parser
        self.title = title
        self.description = description
        self.prefix_chars = parser.prefix_chars
        self.argument_default = parser.argument_default
        self._defaults = parser._defaults
        self._group_actions = []

    def _parser(self):
        return self._owner

    def _add_action(self, action):
        self._owner._register(action)
        self._group_actions.append(action)
        action.container = self
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        parser = container._parser()
        _ArgumentGroup.__init__(self, parser)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._group_actions.append(action)
        return action


class _ChoicesPseudoAction(Action):
    # a subcommand's line in the help of its parent
    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        Action.__init__(self, [], name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest, required, help, metavar):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar, kind='parsers')

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def invoke(self, values, namespace):
        name, arg_strings = values[0], values[1:]
        if self.dest != SUPPRESS:
            setattr(namespace, self.dest, name)
        parser = self._name_parser_map[name]
        subnamespace, arg_strings = parser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


class ArgumentParser(_Container):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=None,
                 formatter_class=None, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._init_container(description, prefix_chars, argument_default)
        if prog is None:
            prog = sys.argv[0].rsplit('/', 1)[-1] if sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class or HelpFormatter
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_actions = {}
        self._mutually_exclusive_groups = []
        self._positionals = _ArgumentGroup(self, 'positional arguments')
        self._optionals = _ArgumentGroup(self, 'options')
        self._action_groups = [self._positionals, self._optionals]
        if add_help:
            char = prefix_chars[0]
            self.add_argument(char + 'h', char * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents or []:
            for action in parent._actions:
                if action.kind != 'help':
                    self._add_action(action)
            for name in parent._defaults:
                self._defaults[name] = parent._defaults[name]

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None,
                       action=None, option_strings=None, dest=SUPPRESS, required=False,
                       help=None, metavar=None):
        if getattr(self, '_subparsers', None) is not None:
            self.error('cannot have multiple subparser arguments')
        if title is not None or description is not None:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positionals
        if prog is None:
            # the parser's prog and the usage of its positionals so far
            positionals = [a for a in self._actions if not a.option_strings]
            formatter = self._formatter()
            prog = formatter.usage(self.usage, positionals, self._mutually_exclusive_groups, '').strip()
        action = _SubParsersAction(option_strings or [], prog, parser_class or type(self),
                                   dest, required, help, metavar)
        self._subparsers._add_action(action)
        return action

    def __repr__(self):
        return 'ArgumentParser(prog=%r, usage=%r, description=%r, formatter_class=%r, conflict_handler=%r, add_help=%r)' % (
            self.prog, self.usage, self.description, self.formatter_class, self.conflict_handler, self.add_help)

    def _add_action(self, action):
        if action.option_strings:
            return self._optionals._add_action(action)
        return self._positionals._add_action(action)

    def _register(self, action):
        self._actions.append(action)
        for option in action.option_strings:
            self._option_actions[option] = action

    def _check_conflicts(self, action):
        conflicts = [o for o in action.option_strings if o in self._option_actions]
        if conflicts:
            raise ArgumentError(action, 'conflicting option string%s: %s' % (
                's' if len(conflicts) > 1 else '', ', '.join(conflicts)))

    # Parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest != SUPPRESS and not hasattr(namespace, action.dest) and action.default != SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for name in self._defaults:
            if not hasattr(namespace, name):
                setattr(namespace, name, self._defaults[name])
        if self.exit_on_error:
            try:
                extras = _Parse(self, namespace).run(args)
            except ArgumentError as err:
                self.error(str(err))
        else:
            extras = _Parse(self, namespace).run(args)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # Help

    def _formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._formatter()
        return formatter.usage(self.usage, self._actions, self._mutually_exclusive_groups).strip('\n') + '\n'


    def format_help(self):
        formatter = self._formatter()
        parts = [formatter.usage(self.usage, self._actions, self._mutually_exclusive_groups)]
        if self.description:
            parts.append(formatter.text(self.description))
        formatter.measure(self._actions)
        for group in self._action_groups:
            parts.append(formatter.section(group))
        if self.epilog:
            parts.append(formatter.text(self.epilog))
        text = ''.join(parts)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            (file or sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _is_negative_number(s):
    # CPython's '^-\d+$|^-\d*\.\d+$'
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdigit():
        return True
    whole, dot, frac = body.partition('.')
    return dot == '.' and (whole == '' or whole.isdigit()) and frac.isdigit()


class _Parse:
    # One run of parse_known_args: classifies the strings, consumes the
    # options as they come and allocates the rest to the positionals.

    def __init__(self, parser, namespace):
        self.parser = parser
        self.namespace = namespace
        self.seen = []
        self.seen_non_default = []
        self.extras = []

    def run(self, args):
        # CPython's parse_known_args: the strings are classified as
        # options (O), arguments (A) and '--' (-); positionals take the
        # runs of arguments between options, options the arguments that
        # follow them.
        parser = self.parser
        self.negative_options = [o for o in parser._option_actions if _is_negative_number(o)]
        self.args = args
        self.pattern = []
        for arg in args:
            if '-' in self.pattern:
                self.pattern.append('A')
            elif arg == '--':
                self.pattern.append('-')
            elif self._looks_like_option(arg):
                self.pattern.append('O')
            else:
                self.pattern.append('A')
        self.positionals = [a for a in parser._actions if not a.option_strings]
        options = [i for i in range(len(args)) if self.pattern[i] == 'O']
        start = 0
        while options and start <= options[-1]:
            next_option = min([i for i in options if i >= start])
            if start != next_option:
                end = self._consume_positionals(start)
                if end > start:
                    start = end
                    continue
            if start not in options:
                self.extras.extend(args[start:next_option])
                start = next_option
            start = self._consume_option(start)
        stop = self._consume_positionals(start)
        self.extras.extend(args[stop:])
        self._finish()
        return self.extras

    def _looks_like_option(self, arg):
        chars = self.parser.prefix_chars
        if not arg or arg[0] not in chars or len(arg) == 1:
            return False
        if arg in self.parser._option_actions:
            return True
        if _is_negative_number(arg) and not self.negative_options:
            return False
        if ' ' in arg and self._match_option(arg) is None:
            return False
        return True

    def _match_option(self, arg):
        # returns (action, option_string, explicit_arg) or None
        parser = self.parser
        chars = parser.prefix_chars
        if arg in parser._option_actions:
            return (parser._option_actions[arg], arg, None)
        if '=' in arg:
            option, explicit = arg.split('=', 1)
            if option in parser._option_actions:
                return (parser._option_actions[option], option, explicit)
        if len(arg) > 1 and arg[1] in chars:
            if parser.allow_abbrev:
                option = arg.split('=', 1)[0]
                explicit = arg.split('=', 1)[1] if '=' in arg else None
                matches = [o for o in parser._option_actions if o.startswith(option) and len(o) > 1 and o[1] in chars]
                if len(matches) > 1:
                    raise ArgumentError(None, 'ambiguous option: %s could match %s' % (option, ', '.join(matches)))
                if len(matches) == 1:
                    return (parser._option_actions[matches[0]], matches[0], explicit)
            return None
        short = arg[:2]
        if short in parser._option_actions:
            return (parser._option_actions[short], short, arg[2:])
        return None

    def _consume_option(self, i):
        args = self.args
        match = self._match_option(args[i])
        if match is None:
            self.extras.append(args[i])
            return i + 1
        action, option, explicit = match
        while True:
            if explicit is None:
                break
            if action.nargs == 0:
                chars = self.parser.prefix_chars
                if len(option) == 2 and option[1] not in chars and explicit and explicit[0] != '=':
                    # -abc: -a, then -bc
                    self._take(action, [], option)
                    option = option[0] + explicit[0]
                    rest = explicit[1:]
                    if option not in self.parser._option_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    action = self.parser._option_actions[option]
                    explicit = rest if rest else None
                    continue
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            if action.nargs in (None, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, 1):
                self._take(action, [explicit], option)
                return i + 1
            raise ArgumentError(action, self._nargs_error(action))
        start = i + 1
        end = start
        while end < len(args) and self.pattern[end] == 'A':
            end += 1
        count = self._count(action, end - start)
        if count is None:
            raise ArgumentError(action, self._nargs_error(action))
        self._take(action, args[start:start + count], option)
        return start + count

    def _count(self, action, available):
        nargs = action.nargs
        if nargs is None:
            return 1 if available >= 1 else None
        if nargs == OPTIONAL:
            return min(available, 1)
        if nargs == ZERO_OR_MORE or nargs == REMAINDER:
            return available
        if nargs == ONE_OR_MORE:
            return available if available >= 1 else None
        return nargs if available >= nargs else None

    def _nargs_error(self, action):
        nargs = action.nargs
        if nargs is None:
            return 'expected one argument'
        if nargs == OPTIONAL:
            return 'expected at most one argument'
        if nargs == ONE_OR_MORE:
            return 'expected at least one argument'
        return 'expected %s argument%s' % (nargs, 's' if nargs != 1 else '')

    def _consume_positionals(self, start):
        # options end a positional's strings, except for a subparser's
        chunk = ''.join(self.pattern[start:])
        counts = []
        for n in range(len(self.positionals), 0, -1):
            counts = _allocate(self.positionals[:n], chunk, 0, 0)
            if counts is not None:
                break
            counts = []
        for k in range(len(counts)):
            self._take(self.positionals[k], self.args[start:start + counts[k]], None)
            start += counts[k]
        self.positionals = self.positionals[len(counts):]
        return start

    def _take(self, action, strings, option):
        if action.nargs not in (REMAINDER,) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        value = self._values(action, strings)
        if action not in self.seen:
            self.seen.append(action)
        if value is not action.default:
            self.seen_non_default.append(action)
            for group in self.parser._mutually_exclusive_groups:
                if action in group._group_actions:
                    for other in group._group_actions:
                        if other is not action and other in self.seen_non_default:
                            raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
        self._apply(action, value, option)

    def _values(self, action, strings):
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check(action, value)
            return value
        if not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            if action.choices is not None and value != [] and isinstance(value, list):
                pass
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check(action, value)
            return value
        if action.nargs == 0:
            return []  # a new list, as CPython's: never the default, so the flag counts as seen
        if action.nargs == REMAINDER:
            return [self._convert(action, s) for s in strings]
        if action.nargs == PARSER:
            values = [self._convert(action, s) for s in strings]
            self._check(action, values[0])
            return values
        values = [self._convert(action, s) for s in strings]
        for v in values:
            self._check(action, v)
        return values

    def _convert(self, action, string):
        func = action.type
        if func is None:
            return string
        try:
            return func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(func, '__name__', repr(func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string))

    def _check(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join([repr(c) for c in action.choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _apply(self, action, value, option):
        ns = self.namespace
        kind = action.kind
        if kind == 'store':
            setattr(ns, action.dest, value)
        elif kind in ('store_const', 'store_true', 'store_false'):
            setattr(ns, action.dest, action.const)
        elif kind == 'append':
            items = _copy_items(getattr(ns, action.dest, None))
            items.append(value)
            setattr(ns, action.dest, items)
        elif kind == 'append_const':
            items = _copy_items(getattr(ns, action.dest, None))
            items.append(action.const)
            setattr(ns, action.dest, items)
        elif kind == 'extend':
            items = _copy_items(getattr(ns, action.dest, None))
            items.extend(value)
            setattr(ns, action.dest, items)
        elif kind == 'count':
            count = getattr(ns, action.dest, None)
            if count is None:
                count = 0
            setattr(ns, action.dest, count + 1)
        elif kind == 'parsers':
            action.invoke(value, ns)
        elif kind == 'help':
            self.parser.print_help()
            self.parser.exit()
        elif kind == 'version':
            formatter = self.parser._formatter()
            sys.stdout.write(formatter.fill((action.version or '') % {'prog': self.parser.prog}) + '\n')
            self.parser.exit()

    def _finish(self):
        parser = self.parser
        ns = self.namespace
        required = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                required.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str) and action.dest != SUPPRESS
                  and hasattr(ns, action.dest) and action.default is getattr(ns, action.dest)):
                setattr(ns, action.dest, self._convert(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required))
        for group in parser._mutually_exclusive_groups:
            if group.required and not [a for a in group._group_actions if a in self.seen]:
                names = [_action_name(a) for a in group._group_actions if a.help != SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))


def _allocate(actions, chunk, k, pos):
    # how many strings of chunk (a string of A and -) each positional
    # takes: CPython matches a regular expression, greedily
    if k == len(actions):
        return []
    for n in range(len(chunk) - pos, -1, -1):
        if _nargs_match(actions[k].nargs, chunk[pos:pos + n]):
            rest = _allocate(actions, chunk, k + 1, pos + n)
            if rest is not None:
                return [n] + rest
    return None


def _nargs_match(nargs, part):
    # whether part matches the positional pattern of nargs
    if nargs == PARSER:
        return part.lstrip('-')[:1] == 'A'
    if nargs == REMAINDER:
        return True
    if 'O' in part:
        return False
    count = part.count('A')
    if nargs is None:
        return count == 1
    if nargs == OPTIONAL:
        return count <= 1
    if nargs == ZERO_OR_MORE or nargs == REMAINDER:
        return True
    if nargs == ONE_OR_MORE:
        return count >= 1
    return count == nargs and (nargs > 0 or part == '')


# Help formatting

def _wrap(text, width):
    words = text.split()
    lines = []
    line = ''
    for word in words:
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + ' ' + word
        else:
            lines.append(line)
            line = word
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
    if line:
        lines.append(line)
    return lines


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = 80 - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    # usage

    def usage(self, usage, actions, groups, prefix='usage: '):
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage % {'prog': self._prog})
        prog = self._prog
        visible = [a for a in actions if a.help != SUPPRESS]
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._action_parts(optionals, groups)
        pos_parts = self._action_parts(positionals, groups)
        text = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
        text_width = self._width
        if len(prefix) + len(text) > text_width:
            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = ' ' * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = self._lines([prog] + opt_parts, indent, text_width, prefix)
                    lines.extend(self._lines(pos_parts, indent, text_width))
                elif pos_parts:
                    lines = self._lines([prog] + pos_parts, indent, text_width, prefix)
                else:
                    lines = [prog]
            else:
                indent = ' ' * len(prefix)
                lines = self._lines(opt_parts + pos_parts, indent, text_width)
                if len(lines) > 1:
                    lines = self._lines(opt_parts, indent, text_width) + self._lines(pos_parts, indent, text_width)
                lines = [prog] + lines
            text = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, text)

    def _lines(self, parts, indent, text_width, prefix=None):
        lines = []
        line = []
        if prefix is not None:
            line_len = len(prefix) - 1
        else:
            line_len = len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > text_width and line:
                lines.append(indent + ' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    def _action_parts(self, actions, groups):
        # the usage parts of actions, the members of a mutually exclusive
        # group joined as [-a | -b]
        parts = []
        done = []
        for action in actions:
            if action in done:
                continue
            group = None
            for g in groups:
                if action in g._group_actions:
                    group = g
            if group is None:
                part = self._action_usage(action, True)
                if part:
                    parts.extend(self._split_part(part, action))
                continue
            members = [a for a in group._group_actions if a in actions]
            inner = [self._action_usage(a, False) for a in members if a.help != SUPPRESS]
            done.extend(members)
            text = ' | '.join(inner)
            if group.required:
                text = '(%s)' % text if len(inner) > 1 else text
            else:
                text = '[%s]' % text
            parts.append(text)
        return parts

    def _split_part(self, part, action):
        if action.option_strings:
            return [part]
        # CPython's usage wraps positionals at spaces outside brackets
        out = []
        depth = 0
        current = ''
        for ch in part:
            if ch == '[':
                depth += 1
            elif ch == ']':
                depth -= 1
            if ch == ' ' and depth == 0:
                out.append(current)
                current = ''
            else:
                current += ch
        if current:
            out.append(current)
        return out

    def _action_usage(self, action, bracket):
        if action.help == SUPPRESS:
            return ''
        if not action.option_strings:
            return self._format_args(action, action.dest)
        option = action.option_strings[0]
        if action.nargs == 0:
            part = option
        else:
            part = '%s %s' % (option, self._format_args(action, action.dest.upper()))
        if bracket and not action.required:
            part = '[%s]' % part
        return part

    def _metavar(self, action, default, count):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default
        if isinstance(result, tuple):
            return result
        return tuple([result] * count)

    def _format_args(self, action, default):
        nargs = action.nargs
        if nargs is None:
            return '%s' % self._metavar(action, default, 1)
        if nargs == OPTIONAL:
            return '[%s]' % self._metavar(action, default, 1)
        if nargs == ZERO_OR_MORE:
            metavar = self._metavar(action, default, 1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % self._metavar(action, default, 2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % self._metavar(action, default, 1)
        if nargs == SUPPRESS:
            return ''
        return ' '.join(['%s'] * nargs) % self._metavar(action, default, nargs)

    # sections

    def text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        return self._fill_text(text, max(self._width, 11), '') + '\n\n'

    def fill(self, text):
        return self._fill_text(text, max(self._width, 11), '')

    def _fill_text(self, text, width, indent):
        return '\n'.join([indent + line for line in _wrap(' '.join(text.split()), width - len(indent))])

    def _split_lines(self, text, width):
        return _wrap(' '.join(text.split()), width)

    def _invocation(self, action):
        if not action.option_strings:
            return '%s' % self._metavar(action, action.dest, 1)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join(['%s %s' % (option, args) for option in action.option_strings])

    def measure(self, actions):
        # the help column is shared by all sections, as in CPython
        self._action_max_length = 0
        for action in actions:
            if action.help != SUPPRESS:
                length = len(self._invocation(action)) + self._indent_increment
                self._action_max_length = max(self._action_max_length, length)
                for sub in _subactions(action):  # as CPython: not indented here
                    length = len(self._invocation(sub)) + self._indent_increment
                    self._action_max_length = max(self._action_max_length, length)

    def section(self, group):
        actions = [a for a in group._group_actions if a.help != SUPPRESS]
        if not actions and not group.description:
            return ''
        indent = self._indent_increment
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        parts = ['%s:\n' % group.title]
        if group.description:
            parts.append(self._fill_text(group.description, max(self._width - indent, 11), ' ' * indent) + '\n\n')
        for action in actions:
            self._format_action(parts, action, indent, help_position, help_width)
        parts.append('\n')
        return ''.join(parts)

    def _format_action(self, parts, action, indent, help_position, help_width):
        # an action's lines, then its subcommands' indented one step more
        action_width = help_position - indent - 2
        header = self._invocation(action)
        if not action.help:
            parts.append(' ' * indent + header + '\n')
        else:
            if len(header) <= action_width:
                parts.append(' ' * indent + header.ljust(action_width) + '  ')
                first = 0
            else:
                parts.append(' ' * indent + header + '\n')
                first = help_position
            lines = self._split_lines(self._expand_help(action), help_width)
            if not lines:
                parts.append('\n')
            else:
                parts.append(' ' * first + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        for sub in _subactions(action):
            self._format_action(parts, sub, indent + self._indent_increment, help_position, help_width)

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        params = {}
        for name in ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'):
            params[name] = getattr(action, name)
        params['prog'] = self._prog
        for name in list(params):
            if params[name] == SUPPRESS:
                params.pop(name)
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        text = self._get_help_string(action)
        if '%' in text:
            text = text % params
        return text


def _subactions(action):
    if action.kind == 'parsers':
        return action._get_subactions()
    return []


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)]).rstrip('\n')


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default != SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


class FileType(object):
    """Factory for file object types: FileType('w')(name) opens name
    (open needs the Interpreter's file grant); "-" is sys.stdin or
    sys.stdout."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return sys.stdin.buffer if 'b' in self._mode else sys.stdin
            elif any(c in self._mode for c in 'wax'):
                return sys.stdout.buffer if 'b' in self._mode else sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)
