"""Table tests for the subjects informal Indonesian drops and English needs (it for a thing judged, I for the
writer). One row per rule, never a whole evaluation sentence; each row names the construction it pins down."""

import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()


def tr(text: str) -> str:
    return TR.translate([text])[0]


@pytest.mark.parametrize("source, expected", [
    # a sentence that is only adjective predicates joined by dan/tapi has dropped its subject: it's ...; with a
    # subject of its own it keeps it
    ("Enak dan murah.", "It's delicious and cheap."),
    ("Mahal tapi worth it.", "It's expensive but worth it."),
    ("Tempatnya kecil tapi bersih.", "The place is small but clean."),
])
def test_dropped_subjects(source: str, expected: str) -> None:
    assert expected in tr(source)
