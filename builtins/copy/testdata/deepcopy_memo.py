# deepcopy's memo is a dict keyed by id, the one a class's
# __deepcopy__(memo) receives: passing it on to deepcopy keeps shared
# references shared, a memo given by the caller is filled (with
# memo[id(memo)] keeping the originals alive), and what it holds is
# returned as the copy.
import copy


class Box:
    def __init__(self, items):
        self.items = items

    def __deepcopy__(self, memo):
        print("  __deepcopy__, в memo:", len(memo))
        return Box(copy.deepcopy(self.items, memo))


shared = ["общий"]
pair = [Box(shared), shared]
c = copy.deepcopy(pair)
print(c[0].items is c[1], c[1] is shared, c[1])

memo = {}
lst = [1, [2]]
out = copy.deepcopy(lst, memo)
print(memo[id(lst)] is out, memo[id(lst[1])] is out[1], memo[id(memo)] == [lst[1], lst], len(memo))
fake = ["подмена"]
print(copy.deepcopy(lst, {id(lst): fake}) is fake)
t = (1, [2])
memo = {}
print(copy.deepcopy(t, memo) is not t, id(t) in memo, copy.deepcopy((1, "а"), memo) == (1, "а"))
try:
    copy.deepcopy([1], [])
except AttributeError as e:
    print("AttributeError:", e)
