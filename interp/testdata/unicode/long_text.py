# A 100,000-character Cyrillic str indexed, sliced and searched in loops
# (each step must stay O(1)).
def scan(s):
    n = 0
    for i in range(len(s)):
        if s[i] == "ж":
            n += 1
    return n


def scan_back(s):
    n = 0
    i = len(s) - 1
    while i >= 0:
        if s[i] == "ж":
            n += 1
        i -= 1
    return n


class Doc:
    def __init__(self, text):
        self.text = text

    def pairs(self):
        n = 0
        for i in range(len(self.text) - 1):
            if self.text[i:i + 2] == "жу":
                n += 1
        return n


text = "жук и ёж " * 11111 + "ж"
print(len(text), scan(text), scan_back(text), Doc(text).pairs())
pos, hits = 0, 0
while True:
    pos = text.find("ёж", pos)
    if pos < 0:
        break
    hits += 1
    pos += 1
print(hits, text[-1], text[50000], text.count("и", 1000, 2000), text.rfind("жук", 0, 99995))
