"""A lexical analyzer class for simple shell-like syntaxes: shlex,
split, quote and join (CPython's shlex)."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_EMIT, _NEXT, _READ = range(3)  # what a state's step tells read_token


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def read_token(self):
        self._quoted = False
        self._escapedstate = ' '
        while True:
            if self.punctuation_chars and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == '\n':
                self.lineno += 1
            if self.state is None:
                self.token = ''  # past end of file
                break
            if self.state == ' ':
                step = self._in_space(nextchar)
            elif self.state in self.quotes:
                step = self._in_quotes(nextchar)
            elif self.state in self.escape:
                step = self._in_escape(nextchar)
            elif self.state in ('a', 'c'):
                step = self._in_word(nextchar)
            else:
                step = _READ
            if step == _EMIT:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        return result

    def _emit_or_next(self):
        if self.token or (self.posix and self._quoted):
            return _EMIT
        return _NEXT

    def _in_space(self, nextchar):
        if not nextchar:
            self.state = None  # end of file
            return _EMIT
        if nextchar in self.whitespace:
            return self._emit_or_next()
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
        elif self.posix and nextchar in self.escape:
            self._escapedstate = 'a'
            self.state = nextchar
        elif nextchar in self.wordchars:
            self.token = nextchar
            self.state = 'a'
        elif nextchar in self.punctuation_chars:
            self.token = nextchar
            self.state = 'c'
        elif nextchar in self.quotes:
            if not self.posix:
                self.token = nextchar
            self.state = nextchar
        elif self.whitespace_split:
            self.token = nextchar
            self.state = 'a'
        else:
            self.token = nextchar
            return self._emit_or_next()
        return _READ

    def _in_quotes(self, nextchar):
        self._quoted = True
        if not nextchar:
            raise ValueError("No closing quotation")
        if nextchar == self.state:
            if not self.posix:
                self.token += nextchar
                self.state = ' '
                return _EMIT
            self.state = 'a'
        elif self.posix and nextchar in self.escape and self.state in self.escapedquotes:
            self._escapedstate = self.state
            self.state = nextchar
        else:
            self.token += nextchar
        return _READ

    def _in_escape(self, nextchar):
        if not nextchar:
            raise ValueError("No escaped character")
        # in posix shells, only the quote itself or the escape
        # character may be escaped within quotes
        if (self._escapedstate in self.quotes and
                nextchar != self.state and nextchar != self._escapedstate):
            self.token += self.state
        self.token += nextchar
        self.state = self._escapedstate
        return _READ

    def _in_word(self, nextchar):
        if not nextchar:
            self.state = None  # end of file
            return _EMIT
        if nextchar in self.whitespace:
            self.state = ' '
            return self._emit_or_next()
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = ' '
                return self._emit_or_next()
        elif self.state == 'c':
            if nextchar in self.punctuation_chars:
                self.token += nextchar
            else:
                if nextchar not in self.whitespace:
                    self._pushback_chars.append(nextchar)
                self.state = ' '
                return _EMIT
        elif self.posix and nextchar in self.quotes:
            self.state = nextchar
        elif self.posix and nextchar in self.escape:
            self._escapedstate = 'a'
            self.state = nextchar
        elif (nextchar in self.wordchars or nextchar in self.quotes
              or (self.whitespace_split and nextchar not in self.punctuation_chars)):
            self.token += nextchar
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(nextchar)
            else:
                self.pushback.appendleft(nextchar)
            self.state = ' '
            return self._emit_or_next()
        return _READ

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # use single quotes, and put single quotes into double quotes:
    # the string $'b is then quoted as '$'"'"'b'
    return "'" + s.replace("'", "'\"'\"'") + "'"
