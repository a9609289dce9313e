"""A settlement's generic word romanized, as the region's and district's already are."""

from __future__ import annotations

from reader.names.grouping import group_names


def test_a_romanized_settlement_word_is_read_without() -> None:
    names = ["Balykchy shaary", "Балыкчы шаары", "Balykchy", "Qarağandy qalasy", "Qarağandy"]
    assert group_names(names, places=False) == [names[:3], names[3:]]
