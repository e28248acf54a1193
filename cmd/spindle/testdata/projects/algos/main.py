import sys

from algos import Stack, Queue, EmptyError, merge_sort


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(st) == 0


def main(argv):
    exprs = argv or ["(a[b]{c})", "(]", "((", "{[()()]}", "())"]
    for e in exprs:
        print(f"{e!r:>12}: {'ok' if balanced(e) else 'несбалансировано'}")
    q = Queue()
    for word in merge_sort(["груша", "яблоко", "апельсин", "банан"]):
        q.enqueue(word)
    while q:
        print(q.dequeue(), end=" ")
    print()
    try:
        q.dequeue()
    except EmptyError as e:
        print(f"{type(e).__name__}: {e} ({e.kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
