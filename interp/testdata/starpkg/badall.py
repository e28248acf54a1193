__all__ = ["a", "nope"]
a = 1
