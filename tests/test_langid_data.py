"""The labelled set of the language identification benchmark (benchmarks/langid_data.py)."""

from __future__ import annotations

from benchmark_module import load_benchmark

data = load_benchmark("langid_data")


def test_numbers_and_abbreviations_alone_are_left_out(tmp_path):
    """ "1 ГБ" is what a Kyrgyz, Russian or Kazakh catalogue writes alike: it has no word of
    any language, so no label can be right. A heading in capitals has words; it stays."""
    declarations = tmp_path / "package" / "declaration"
    declarations.mkdir(parents=True)
    paragraphs = ["1 ГБ", "ТЧ/ТК", "БАС АССАМБЛЕЯ", "Бош документ", "5 күн"]
    (declarations / "kir.html").write_text(
        "".join(f"<p>{p}</p>" for p in paragraphs), encoding="utf-8"
    )
    kept = [text for _, source, text in data.build(tmp_path) if source == "udhr-kir"]
    assert kept == ["БАС АССАМБЛЕЯ", "Бош документ", "5 күн"]
