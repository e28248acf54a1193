from ..util.compare import Counter


def insertion_sort(items, key=None, counter=None):
    counter = counter or Counter(key)
    out = list(items)
    for i in range(1, len(out)):
        j = i
        while j > 0 and counter.less(out[j], out[j - 1]):
            out[j], out[j - 1] = out[j - 1], out[j]
            j -= 1
    return out
