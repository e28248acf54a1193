"""A text editor's undo/redo stacks with LifoQueue, edited by several threads under a lock."""
import queue
import threading
from functools import wraps


def synchronized(method):
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


class Editor:
    def __init__(self, text=""):
        self.text = text
        self._undo = queue.LifoQueue()
        self._redo = queue.LifoQueue()
        self._lock = threading.RLock()
        self.ops = 0

    @synchronized
    def insert(self, pos, s):
        self._undo.put(("insert", pos, s))
        self.text = self.text[:pos] + s + self.text[pos:]
        self.ops += 1
        self._clear_redo()

    @synchronized
    def delete(self, pos, n):
        removed = self.text[pos:pos + n]
        self._undo.put(("delete", pos, removed))
        self.text = self.text[:pos] + self.text[pos + n:]
        self.ops += 1
        self._clear_redo()
        return removed

    @synchronized
    def _clear_redo(self):
        while not self._redo.empty():
            self._redo.get_nowait()

    @synchronized
    def undo(self):
        try:
            op, pos, s = self._undo.get_nowait()
        except queue.Empty:
            return False
        if op == "insert":
            self.text = self.text[:pos] + self.text[pos + len(s):]
        else:
            self.text = self.text[:pos] + s + self.text[pos:]
        self._redo.put((op, pos, s))
        return True

    @synchronized
    def redo(self):
        try:
            op, pos, s = self._redo.get_nowait()
        except queue.Empty:
            return False
        if op == "insert":
            self.text = self.text[:pos] + s + self.text[pos:]
        else:
            self.text = self.text[:pos] + self.text[pos + len(s):]
        self._undo.put((op, pos, s))
        return True


def main():
    ed = Editor("Привет")
    ed.insert(6, ", мир")
    ed.insert(0, ">> ")
    print(repr(ed.text), ed.ops)
    print(ed.delete(0, 3), repr(ed.text))
    print(ed.undo(), repr(ed.text))
    print(ed.undo(), repr(ed.text))
    print(ed.redo(), repr(ed.text))
    ed.insert(len(ed.text), "!")
    print(ed.redo(), repr(ed.text))
    while ed.undo():
        pass
    print("all undone:", repr(ed.text))

    shared = Editor()
    def typist(ch, n):
        for _ in range(n):
            shared.insert(len(shared.text), ch)

    ts = [threading.Thread(target=typist, args=(c, 25)) for c in "abcd"]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(shared.text), sorted(set(shared.text)), {c: shared.text.count(c) for c in "abcd"})
    undone = sum(shared.undo() for _ in range(30))
    print("undone:", undone, "left:", len(shared.text), shared._undo.qsize(), shared._redo.qsize())
    print(Editor.insert.__name__, Editor.insert.__wrapped__.__name__, Editor.undo.__qualname__)
    s = "Съешь же ещё этих мягких французских булок"
    print(s[::-1][:10], s[5:9], s[-5:], s.find("ещё"), s.rfind("х"), s.split()[2:4], s.index("же"))
    print(s.replace("булок", "булочек", 1).endswith("чек"), s.count("е"), s.swapcase()[:6], s.casefold()[:6])
    words = s.split()
    print(" ".join(w[::-1] for w in words[:3]), max(words, key=len), sorted(words, key=str.lower)[:3])
    print("|".join(s.partition(" же ")), s.rpartition(" ")[2], s.startswith(("Съ", "X")), s.isalpha(), "абв".isalpha())


if __name__ == "__main__":
    main()
