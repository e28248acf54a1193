# Case methods and predicates on Greek, final sigma included.
def cases(s):
    return [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]


for w in ["ΟΔΟΣ", "Οδυσσεύς", "σοφία", "ΣΟΦΙΑ ΚΑΙ ΑΣ", "άλφα βήτα", "Σ"]:
    print(cases(w))
for w in ["Ελλάδα", "ΕΛΛΆΔΑ", "ελλάδα", "Αβγ Δεζ", "αβγ1"]:
    print(w.isalpha(), w.isupper(), w.islower(), w.istitle(), w.isalnum())
print("ΐ".upper(), len("ΐ".upper()), "ς".upper(), "ς".casefold(), "Σ".casefold())
