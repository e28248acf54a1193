# reversed, sorted, list, tuple and set of strs.
def rev(s):
    return "".join(reversed(s))


print(rev("Привет"), rev("👍🏽ok"), rev("日本語"), list(reversed("αβγ")))
print(sorted("вагбё"), sorted("Яблоко"), sorted("ΩαΑω"), sorted("你好世界"))
print(list("ёж"), tuple("уж"), sorted(set("мама мыла раму")), len(set("колокол")))
print(sorted(["яблоко", "Яблоко", "ёж", "ель", "Ёж", "apple"]))
print(sorted(["жук", "ёж", "ай"], key=len), sorted(["жук", "ёж", "ай"], reverse=True))
print(sorted(["Борис", "анна", "Вера"], key=str.lower))
print("".join(sorted("собака")), max("собака"), min("собака"))
