# json escapes non-ASCII by default and keeps it with ensure_ascii=False.
import json

data = {"имя": "Пётр", "город": "Санкт-Петербург", "emoji": "👍🏽", "греч": "Ω"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
back = json.loads(json.dumps(data))
print(back == data, back["имя"][1], back["emoji"][1], len(back["emoji"]))
print(json.loads('"\\u041f\\u0440\\u0438"'), json.loads('"\\ud83d\\ude00"'), json.loads('["ёж"]')[0][0])
