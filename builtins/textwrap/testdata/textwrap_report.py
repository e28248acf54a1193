import textwrap
import threading

# worker threads format their reports with textwrap
LOREM = ("Threads share memory, so every worker can append to the same list; "
         "the GIL keeps each append atomic, but read-modify-write sequences "
         "such as counter += 1 still need a lock -- see the well-known race.")
reports = {}
lock = threading.Lock()


def report(name, width):
    text = textwrap.fill(LOREM, width=width, initial_indent=name + ": ", subsequent_indent=" " * (len(name) + 2))
    with lock:
        reports[name] = text


threads = [threading.Thread(target=report, args=("w%d" % i, 20 + 10 * i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(reports):
    print(reports[name])
    print("-" * 10)

for w in (1, 3, 5, 8, 12, 30):
    print(w, textwrap.wrap("Hello there -- you goof-ball, use the -b option! a--b x-y-z well-known-thing", width=w))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("pre-processing co-operate re-entrant", 8, break_on_hyphens=False))
print(textwrap.wrap("pre-processing co-operate re-entrant", 8))
print(textwrap.wrap("\tTabbed\ttext  with\nnewlines\r\nand  spaces  ", 12))
print(textwrap.wrap("\tTabbed text", 12, expand_tabs=False, tabsize=4))
print(textwrap.wrap("  keep   spaces  ", 6, drop_whitespace=False))
print(textwrap.wrap("keep\nnewlines here", 30, replace_whitespace=False))
print(textwrap.wrap("End one. Next one! And? yes", 40, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2, placeholder="~"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("a b c", 1))
print(textwrap.wrap("Привет, мир! Это многопоточность и потоки.", 12))
print(textwrap.wrap("1-2-3 ab-cd-ef a-b", 4))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="...")))

s = '''\
    def worker():
        print("hi")

      # odd
    done
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n \tb\n  c")), repr(textwrap.dedent("\ta\n\t  \n\tb")))
print(repr(textwrap.indent("line1\nline2\n\nline3\r\nend", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\n  \nb", "# ", predicate=lambda l: l.startswith("b"))))

w = textwrap.TextWrapper(width=15, initial_indent="* ")
print(w.width, w.initial_indent, w.max_lines, w.placeholder, w.break_on_hyphens)
print(w.wrap("A TextWrapper object keeps its options between calls."))
w.width = 25
w.subsequent_indent = "  "
print(w.fill("A TextWrapper object keeps its options between calls."))
w.label = "mine"
print(w.label, type(w).__name__, repr(w).startswith("<textwrap.TextWrapper object at 0x"))
