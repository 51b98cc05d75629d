"""The shipped data files: every lexicon row is well-formed, the lexicon is big enough, English inflection."""

from importlib import resources

import pytest

from summarize.translate.rule import english, lexicon

POS = set("n v vpass adj adv prep conj pron det num part intj name abbr phr aux neg cop dem rel modal plm cls q deg pre"
          .split())


def _lexicon_files():
    folder = resources.files("summarize.translate.rule").joinpath("data/lexicon")
    return sorted((p for p in folder.iterdir() if p.name.endswith(".tsv")), key=lambda p: p.name)


@pytest.mark.parametrize("path", _lexicon_files(), ids=lambda p: p.name)
def test_lexicon_rows_are_well_formed(path):
    seen = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) >= 3, f"{path.name}:{n}: fewer than 3 columns"
        word, pos, gloss = cols[:3]
        assert word == word.strip().lower() and "  " not in word, f"{path.name}:{n}: word form"
        assert pos in POS, f"{path.name}:{n}: unknown pos {pos!r}"
        assert gloss.strip(), f"{path.name}:{n}: empty gloss"
        if pos == "pron" and path.name == "00-core.tsv":
            assert len(cols) == 6 and cols[5] in {"1s", "2", "3s", "1p", "3p"}, f"{path.name}:{n}: pron columns"
        assert word not in seen, f"{path.name}:{n}: duplicate entry {word!r}"
        seen.add(word)


def test_lexicon_size():
    assert len(lexicon.load()) >= 20_000


@pytest.mark.parametrize("fn, word, expected", [
    (english.past, "build", "built"), (english.past, "stop", "stopped"), (english.past, "try", "tried"),
    (english.past, "take part in", "took part in"), (english.participle, "write", "written"),
    (english.ing, "make", "making"), (english.ing, "run", "running"), (english.third_person, "go", "goes"),
    (english.third_person, "carry", "carries"), (english.plural, "city", "cities"),
    (english.plural, "head of state", "heads of state"), (english.plural, "child", "children"),
    (english.graded, "cheap", "cheaper"), (english.graded, "expensive", "more expensive"),
    (english.adverb, "official", "officially"),
])
def test_english_inflection(fn, word, expected):
    args = (word, 1) if fn is english.graded else (word,)
    assert fn(*args) == expected
