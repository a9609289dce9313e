"""How the name-grouping tests ask whether names form one group, or each its own."""

from reader.names.grouping import group_names


def together(names: list[str]) -> bool:
    """Whether `names` (persons' reading: places=False) form exactly one group."""
    return group_names(names, places=False) == [names]


def apart(names: list[str]) -> bool:
    """Whether each of `names` stays in a group of its own."""
    return group_names(names, places=False) == [[n] for n in names]
