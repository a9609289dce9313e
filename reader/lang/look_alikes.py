"""Languages identification tells apart from the registered ones, though none is translated
into here: each registered language names those it is mistaken for in its `look_alikes`."""

from reader.lang.base import CYRILLIC, LookAlike

# Russian loanwords keep every Russian letter in Kyrgyz and Kazakh texts.
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

KAZAKH = LookAlike("kk", "Kazakh", CYRILLIC, RUSSIAN_ALPHABET + "әғқңөұүһі")
UKRAINIAN = LookAlike("uk", "Ukrainian", CYRILLIC, "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
