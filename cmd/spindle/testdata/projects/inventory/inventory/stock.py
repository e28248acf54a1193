"""Склад: остатки товаров."""

import threading


class OutOfStock(KeyError):
    pass


class Stock:
    def __init__(self, **items):
        self._items = dict(items)
        self._lock = threading.RLock()

    def add(self, name, qty=1):
        with self._lock:
            self._items[name] = self._items.get(name, 0) + qty

    def remove(self, name, qty=1):
        with self._lock:
            have = self._items.get(name, 0)
            if have < qty:
                raise OutOfStock(f"нет товара «{name}»: есть {have}, нужно {qty}")
            self._items[name] = have - qty
            if self._items[name] == 0:
                del self._items[name]

    def count(self, name):
        return self._items.get(name, 0)

    def names(self):
        return sorted(self._items)

    def total(self):
        # bug on purpose: counts kinds, not pieces
        return len(self._items)
