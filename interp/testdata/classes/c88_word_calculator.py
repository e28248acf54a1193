# Калькулятор словами: генератор-токенизатор, узлы-классы AST с __repr__, ошибки с позицией
class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(message, pos)
        self.message = message
        self.pos = pos

    def __str__(self):
        return f"{self.message} (позиция {self.pos})"


NUMBERS = {"ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
           "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "сто": 100}
OPS = {"плюс": "+", "минус": "-", "умножить": "*", "разделить": "/"}
FILLER = {"на"}


def tokenize(text):
    for pos, word in enumerate(text.lower().replace(",", " ").split()):
        if word in FILLER:
            continue
        if word in NUMBERS:
            yield ("число", NUMBERS[word], pos)
        elif word in OPS:
            yield ("оп", OPS[word], pos)
        elif word.isdigit():
            yield ("число", int(word), pos)
        else:
            raise CalcError(f"непонятное слово {word!r}", pos)


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self):
        return self.value

    def __repr__(self):
        return f"Num({self.value})"


class BinOp:
    funcs = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self):
        return self.funcs[self.op](self.left.eval(), self.right.eval())

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    def next(self):
        tok = self.tokens[self.i] if self.i < len(self.tokens) else None
        self.i += 1
        return tok

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse(self, min_prec=1):
        tok = self.next()
        if tok is None or tok[0] != "число":
            raise CalcError("ожидалось число", tok[2] if tok else len(self.tokens))
        left = Num(tok[1])
        while (op := self.peek()) and op[0] == "оп" and self.PREC[op[1]] >= min_prec:
            self.next()
            left = BinOp(op[1], left, self.parse(self.PREC[op[1]] + 1))
        return left


for phrase in ["два плюс три умножить на четыре", "сто разделить на восемь минус 2", "десять минус три минус два",
               "пять плюс", "семь плюс яблоко", "двадцать разделить на ноль", "плюс один"]:
    try:
        tree = Parser(phrase).parse()
        print(f"{phrase!r}\n  -> {tree!r}\n  = {tree.eval()}")
    except CalcError as e:
        print(f"{phrase!r}\n  ошибка: {e} | args={e.args}")
    except ZeroDivisionError as e:
        print(f"{phrase!r}\n  ZeroDivisionError: {e}")

tokens = tokenize("один плюс абв")
print(next(tokens), next(tokens))
try:
    next(tokens)
except CalcError as e:
    print("CalcError:", e, e.pos)
print(list(tokens))
