# ndiff's line and character markers, unified_diff's hunks and
# SequenceMatcher's blocks, opcodes and ratios, as CPython 3.11 prints them.
import difflib

print("\n".join(difflib.ndiff(["{'a': 1, 'b': [1, 2]}"], ["{'a': 1, 'b': [1, 3]}"])))
print("\n".join(difflib.ndiff(["['вишня        1']"], ["['вишня        1', 'extra']"])))
print("".join(difflib.ndiff("one\ntwo\nthree\n".splitlines(True), "one\ntoo\nthree\nfour\n".splitlines(True))))
print(list(difflib.ndiff(["a", "b", "c"], ["a", "c", "d"])))
print(list(difflib.ndiff(["abc", "same", "xyz"], ["abd", "same", "qqq", "xyw"])))
print(list(difflib.ndiff(["\tindent x"], ["\tindent y"])))
old = "a\nb\nc\nd\ne\nf\ng\nh\ni\n".splitlines(True)
new = "a\nB\nc\nd\ne\nf\ng\nh\nj\nk\n".splitlines(True)
print("".join(difflib.unified_diff(old, new, "before.txt", "after.txt")))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff(["same"], ["same"])))
s = difflib.SequenceMatcher(None, "abcd efgh", "abXd efhh")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_opcodes())
print(s.get_matching_blocks())
print(s.find_longest_match(0, 9, 0, 9))
j = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(j.ratio(), 3), j.get_matching_blocks()[:2])
long_a = [str(i % 7) for i in range(300)]
long_b = [str(i % 5) for i in range(300)]
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 4))
print(round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 4))
