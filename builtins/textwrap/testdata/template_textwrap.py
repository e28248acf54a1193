import string
import textwrap
from string import Template

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = Template("Привет, $name! Тебе $age лет. Цена: $$${price}")
show("sub", lambda: t.substitute(name="Аня", age=7, price=10))
show("sub dict", lambda: t.substitute({"name": "Борис", "age": 30, "price": 1.5}))
show("sub both", lambda: t.substitute({"name": "X", "age": 1}, price=2))
show("sub missing", lambda: t.substitute(name="Аня"))
show("safe", lambda: t.safe_substitute(name="Аня"))
show("bad $", lambda: Template("cost $ 5").substitute())
show("bad $ safe", lambda: Template("cost $ 5").safe_substitute())
show("bad brace", lambda: Template("x ${ y").substitute(y=1))
show("bad line2", lambda: Template("ok\nline $").substitute())
show("template attr", lambda: t.template)
show("get_identifiers", lambda: Template("$a ${b} $a $$c").get_identifiers())
show("is_valid", lambda: (Template("$a").is_valid(), Template("$").is_valid()))
show("unicode ident", lambda: Template("$имя").safe_substitute(имя=1))
class MyT(Template):
    delimiter = '%'
show("subclass delim", lambda: MyT("%who likes %what").substitute(who="tim", what="kung pao"))
show("ascii_letters", lambda: string.ascii_letters)
show("digits", lambda: (string.digits, string.hexdigits, string.octdigits))
show("punct", lambda: string.punctuation)
show("whitespace", lambda: string.whitespace)
show("printable", lambda: string.printable)
show("capwords", lambda: string.capwords("  привет   мир  hello "))
show("capwords sep", lambda: string.capwords("a-b-c", "-"))
f = None

text = ("Съешь же ещё этих мягких французских булок, да выпей чаю. " * 3).strip()
show("wrap", lambda: textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
show("shorten", lambda: textwrap.shorten(text, width=50))
show("shorten ph", lambda: textwrap.shorten(text, width=30, placeholder=" [...]"))
show("shorten small", lambda: textwrap.shorten("Привет мир", width=5))
show("dedent", lambda: textwrap.dedent("""
    def f():
        return 1
    """))
show("dedent mixed", lambda: textwrap.dedent("  a\n\tb\n"))
show("indent", lambda: textwrap.indent("строка 1\n\nстрока 2\n", "> "))
show("indent pred", lambda: textwrap.indent("a\n\nb", "+ ", lambda line: True))
show("wrap long word", lambda: textwrap.wrap("Длиннющееслововообщебезпробелов", width=10))
show("wrap no break", lambda: textwrap.wrap("Длиннющееслововообщебезпробелов и всё", width=10, break_long_words=False))
show("wrap hyphen", lambda: textwrap.wrap("well-known self-explanatory co-operation", width=12))
show("wrap tabs", lambda: textwrap.wrap("a\tb\tc", width=8))
show("wrap max_lines", lambda: textwrap.wrap(text, width=30, max_lines=2))
show("wrap width 0", lambda: textwrap.wrap("abc", width=0))
show("fill empty", lambda: textwrap.fill(""))
w = textwrap.TextWrapper(width=20, initial_indent="- ", fix_sentence_endings=True)
show("wrapper", lambda: w.wrap("Это тест. Вот ещё. И ещё одно предложение."))
show("wrapper fill", lambda: w.fill("Hello there. How are you?"))
show("drop ws", lambda: textwrap.wrap("   leading and trailing   ", width=10))
show("no drop", lambda: textwrap.wrap("   leading", width=10, drop_whitespace=False))
show("replace ws", lambda: textwrap.wrap("a\nb\nc", width=20))
show("expand tabs", lambda: textwrap.fill("x\ty", tabsize=4))
