from .compare import Counter, natural_key

__all__ = ["Counter", "natural_key"]
