"""Names across scripts: extraction, transliteration keys, inflection, variant grouping.

Schemes, folding rules and suffix tables are data (JSON beside the code).
"""
