from .stock import Stock


def render(stock):
    lines = [f"{name:<10}{stock.count(name):>4}" for name in stock.names()]
    return "\n".join(lines)


if __name__ == "__main__":
    s = Stock(яблоки=3, груши=5)
    s.add("сливы", 2)
    print(render(s))
    print("package:", __package__, "name:", __name__)
