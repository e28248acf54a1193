"""Домашнее задание 3: сортировки и структуры данных."""
from .structures import Stack, Queue, EmptyError
from .sort import merge_sort, insertion_sort, SORTS

__all__ = ["Stack", "Queue", "EmptyError", "merge_sort", "insertion_sort", "SORTS"]
