# array: typecodes, reprs, methods, bytes, slicing and CPython's errors.
import array as arraymod
import copy
from array import array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(array('i', [1, 2]), array('i'), array('d', [1.0, 2.5, -0.0]), array('u', 'привет'))
print(array('f', [0.1, 1e300, 2]), array('b', [-128, 127]), array('B', range(5)))
print(array('l', [2**62]), array('L', [2**64 - 1]), array('q', [-2**63]), array('Q', [2**64 - 1]))
print(array('h', [1, -2]), array('H', [65535]), array('I', [2**32 - 1]))
print([(c, array(c).itemsize) for c in arraymod.typecodes], arraymod.typecodes)
print(type(array('i')), arraymod.ArrayType is array, array('i', [1]).typecode)

a = array('i', [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.extend(array('i', [10]))
a.insert(0, -1)
a.insert(100, 11)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], 4 in a, 40 in a)
print(a.pop(), a.pop(0), a, a.index(4), a.count(4), a.index(9, 2))
a.remove(4)
a.reverse()
print(a, a.tolist(), type(a.tolist()).__name__)
a[0] = 100
a[1:3] = array('i', [0, 0, 0])
del a[-1]
del a[0:1]
print(a, list(a), sum(a), max(a))
a.fromlist([1, 2])
print(a, a * 2, 2 * array('b', [1]), a + array('i', [3]))
b = array('i', [1, 2])
b += array('i', [3])
b *= 2
print(b, b == array('i', [1, 2, 3, 1, 2, 3]), b == array('d', [1, 2, 3, 1, 2, 3]), b != b, b == [1, 2, 3])
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [2]) >= array('i', [1, 9]))
c = copy.copy(b)
c[0] = 42
print(b[0], c[0], copy.deepcopy(c) == c)

print(array('i', [1, 256, -1]).tobytes(), array('h', [1]).tobytes(), array('d', [1.5]).tobytes())
print(array('u', 'аб').tobytes(), bytes(array('B', [104, 105])), array('l', [1]).tobytes())
x = array('i')
x.frombytes(b'\x01\x00\x00\x00\xff\xff\xff\xff')
print(x, array('i', b'\x02\x00\x00\x00'), array('f', array('f', [0.5]).tobytes()))
x.byteswap()
print(x)
u = array('u', 'hello')
u.fromunicode(' мир')
print(u, u.tounicode(), u[0], u[1:3])
print(array('d', range(3)), array('d', [1, True]), array('i', array('b', [1, 2])), array('d', array('i', [3])))

t(lambda: array('b', [128]))
t(lambda: array('b', [-129]))
t(lambda: array('B', [-1]))
t(lambda: array('H', [65536]))
t(lambda: array('i', [2**31]))
t(lambda: array('I', [-1]))
t(lambda: array('l', [2**63]))
t(lambda: array('L', [-1]))
t(lambda: array('q', [2**64]))
t(lambda: array('Q', [-1]))
t(lambda: array('i', [1.5]))
t(lambda: array('d', ['x']))
t(lambda: array('u', [1]))
t(lambda: array('u', ['ab']))
t(lambda: array('x'))
t(lambda: array(1))
t(lambda: array('ii'))
t(lambda: array('i', 'abc'))
t(lambda: array('i', b'\x01\x00'))
t(lambda: array('i', array('u', 'a')))
t(lambda: array('i', 5))
t(lambda: a[50])
t(lambda: a.pop(90))
t(lambda: array('i').pop())
t(lambda: a.remove(999))
t(lambda: a.index(999))
t(lambda: a.extend(array('d')))
t(lambda: a.__setitem__(slice(0, 1), [1]))
t(lambda: a.__setitem__(0, 'x'))
t(lambda: a.__setitem__(99, 1))
t(lambda: a + [1])
t(lambda: a.tounicode())
t(lambda: a.fromunicode('x'))
t(lambda: a.fromlist((1,)))
t(lambda: a.frombytes(b'\x00'))
t(lambda: hash(a))
t(lambda: a * 'x')
t(lambda: a.append(2**40))
t(lambda: array('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), array('i', [1])))


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples('d', [1.0, 2.0, 4.5])
print(s, Samples('i'), s.mean(), type(s[0:2]).__name__, isinstance(s, array))
addr, n = s.buffer_info()
print(isinstance(addr, int), n)
