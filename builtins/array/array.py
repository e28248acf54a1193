"""Arrays of numbers of one C type (CPython's array module): the
typecodes b, B, u, h, H, i, I, l, L, q, Q, f and d, with the sizes of
64-bit Linux, CPython's reprs, overflow checks and error texts."""

import struct as _struct
from operator import index as _index

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (struct code, size, min, max, greater message, less message)
_LIMITS = {
    'b': (-2**7, 2**7 - 1, 'signed char is greater than maximum', 'signed char is less than minimum'),
    'B': (0, 2**8 - 1, 'unsigned byte integer is greater than maximum', 'unsigned byte integer is less than minimum'),
    'h': (-2**15, 2**15 - 1, 'signed short integer is greater than maximum', 'signed short integer is less than minimum'),
    'H': (0, 2**16 - 1, 'unsigned short is greater than maximum', 'unsigned short is less than minimum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is greater than maximum', 'signed integer is less than minimum'),
    'I': (0, 2**32 - 1, 'unsigned int is greater than maximum', "can't convert negative value to unsigned int"),
    'l': (-2**63, 2**63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
    'L': (0, 2**64 - 1, 'Python int too large to convert to C unsigned long', "can't convert negative value to unsigned int"),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, 'int too big to convert', "can't convert negative int to unsigned"),
}
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}


def _item(code, v):
    """v checked and converted to an item of typecode code."""
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if code in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError("must be real number, not %s" % type(v).__name__)
        v = float(v)
        if code == 'f':
            v = _float32(v)
        return v
    v = _index(v)
    lo, hi, greater, less = _LIMITS[code]
    if v > hi:
        raise OverflowError(greater)
    if v < lo:
        raise OverflowError(less)
    return v


def _float32(v):
    """v rounded to a C float, inf past its range."""
    if abs(v) >= 3.4028235677973366e+38:  # halfway past FLT_MAX
        return v * float('inf') if v == v else v
    return _struct.unpack('f', _struct.pack('f', v))[0]


class array:
    """array(typecode [, initializer]) -> array: an array of numbers of
    one C type, or of unicode characters ('u')."""
    __module__ = 'array'
    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._code == 'u') != (typecode == 'u'):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._code)
        if self._code == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._code, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            if i.step not in (None, 1) and len(range(*i.indices(len(self._items)))) != len(v._items):
                raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                 % (len(v._items), len(range(*i.indices(len(self._items))))))
            self._items[i] = list(v._items)
            return
        i = _index(i)
        v = _item(self._code, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (what, type(other).__name__))
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        self._same(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other, 'extend')
        self._items += other._items
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _cmp_items(self, other):
        return isinstance(other, array), getattr(other, '_items', None)

    def __eq__(self, other):
        ok, items = self._cmp_items(other)
        return self._items == items if ok else NotImplemented

    def __ne__(self, other):
        ok, items = self._cmp_items(other)
        return self._items != items if ok else NotImplemented

    def __lt__(self, other):
        ok, items = self._cmp_items(other)
        return self._items < items if ok else NotImplemented

    def __le__(self, other):
        ok, items = self._cmp_items(other)
        return self._items <= items if ok else NotImplemented

    def __gt__(self, other):
        ok, items = self._cmp_items(other)
        return self._items > items if ok else NotImplemented

    def __ge__(self, other):
        ok, items = self._cmp_items(other)
        return self._items >= items if ok else NotImplemented

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __bytes__(self):
        return self.tobytes()

    def append(self, v):
        """Append new value v to the end of the array."""
        self._items.append(_item(self._code, v))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        self._items.insert(_index(i), _item(self._code, v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, items):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        converted = [_item(self._code, v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        """The array's machine values as bytes."""
        if self._code == 'u':
            return _struct.pack('<%dI' % len(self._items), *[ord(c) for c in self._items])
        return _struct.pack('<%d%s' % (len(self._items), self._code.replace('l', 'q').replace('L', 'Q')), *self._items)

    def frombytes(self, data):
        """Appends items from the bytes, read as machine values."""
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        if self._code == 'u':
            self._items.extend(chr(c) for c in _struct.unpack('<%dI' % n, data))
            return
        self._items.extend(_struct.unpack('<%d%s' % (n, self._code.replace('l', 'q').replace('L', 'Q')), data))

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        """Extends a 'u' array with the characters of s."""
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def buffer_info(self):
        """(address, length): an address standing for the array's
        (spindle's arrays hold Python values, not a C buffer)."""
        return (id(self._items), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        if self.itemsize not in (1, 2, 4, 8):
            raise RuntimeError("don't know how to byteswap this array type")
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)


ArrayType = array
