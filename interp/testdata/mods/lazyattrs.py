"""A module whose __getattr__ (PEP 562) makes members on demand."""
готово = "есть"
запросы = []


def __getattr__(name):
    запросы.append(name)
    if name.startswith("лень_"):
        return name.removeprefix("лень_").upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
