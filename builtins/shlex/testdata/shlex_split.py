# shlex: split in posix and non-posix modes, quote and join, the lexer
# class with punctuation_chars, and its errors.
import shlex

for s in ['ls -la /tmp', 'echo "hello world"', "grep 'a b' file.txt",
          'a\\ b c', 'cmd --opt="x y" --n=5', 'echo "a \\"quoted\\" word"',
          "it's", 'x "" y', "x '' y", '  spaced   out  ', 'a#b # comment',
          'путь/к/файлу "имя с пробелом.txt"', 'echo $HOME && ls|wc', "'a'\"b\"c",
          '"esc \\\\ and \\$"', "'single \\ stays'", '']:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for bad in ['"unclosed', "'unclosed", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)

for s in ['', 'simple', 'with space', "it's", 'a$b', 'файл.txt', '--opt=x,y', '@user:/path-1.0', 'x\ny', '*']:
    print(repr(s), shlex.quote(s))
cmd = ['grep', '-r', 'привет мир', "O'Reilly", '--include=*.py', '']
print(shlex.join(cmd))
print(shlex.split(shlex.join(cmd)) == cmd)

lex = shlex.shlex('a && b; c | d > out.txt (x)', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key = "value one" # comment\nnext=2', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex('a b c')
print(lex.get_token(), lex.get_token())
lex.push_token('z')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("don't", posix=False)
print(list(lex))
lex = shlex.shlex('x "y', posix=True)
try:
    list(lex)
except ValueError as e:
    print('ValueError:', e, lex.error_leader())
print(shlex.shlex('a').punctuation_chars == '', shlex.shlex('a', punctuation_chars=True).punctuation_chars)
