"""Names across scripts: extraction, transliteration keys, base forms, variant grouping.

Each language's word lists, romanization schemes and morphology live in `reader.lang`;
the phonetic folding rules (folding.json) and a place name's generic words
(place_words.json) are beside the code here.
"""
