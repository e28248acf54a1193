# words: str.split, strip and lower with a dict counting words.
LINES = [
    "The quick brown Fox jumps over the lazy dog.",
    "  A fox, a dog; and THE end of the line!  ",
    "Spindle runs Python threads as goroutines, the fox says.",
    "Counting words: the, a, and, of -- lower case or not.",
]
ROUNDS = 30000

counts = {}
for _ in range(ROUNDS):
    for line in LINES:
        for word in line.split():
            w = word.strip(".,;:!-").lower()
            if w:
                counts[w] = counts.get(w, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words", len(counts), top)
