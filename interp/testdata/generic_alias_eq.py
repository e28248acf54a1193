# Generic aliases compare equal when their class and arguments are.
from typing import List
print(list[int] == list[int], List[int] == List[int], dict[str,int] == dict[str, int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int] != list[int])
