from ..util import Counter


def merge_sort(items, key=None, counter=None):
    counter = counter or Counter(key)
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left = merge_sort(items[:mid], key, counter)
    right = merge_sort(items[mid:], key, counter)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if counter.less(right[j], left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
