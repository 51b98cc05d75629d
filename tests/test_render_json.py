"""The batch record is assembled by hand for speed; it must stay byte for byte what json.dumps makes of to_dict."""

import json

import pytest

from summarize.render.json import record
from summarize.types import EngineInfo, Report, Sentence, Summary

ODD = ['plain', 'kutip "dalam" dan \\ garis miring', 'baris\nbaru\ttab\r', 'kendali \x00\x1f\x7f',
       'Ünïcödé — “kutip” ☃ 😀', '', ' ', '\u2028\u2029', 'lone \ud800 surrogate']


def report(sentences, translations, summaries=None, engine=None):
    return Report("id", "en", engine or EngineInfo(), sentences, translations, summaries or {})


@pytest.mark.parametrize("record_id", ["a", 7, -1.5, float("nan"), True, 'id "quoted" ☃'])
def test_record_equals_json_dumps_of_to_dict(record_id):
    sentences = [Sentence(text, para) for para, text in zip([0, 0, 1, 3, 3, 3, 4, 4, 9], ODD)]
    translations = list(reversed(ODD))
    engine = EngineInfo(models={"translation_retries": [{"text": 'x "y"', "reason": "loop\n"}]},
                        fallback_reason="no model ☃")
    summaries = {"short": Summary("a \"b\"", "c\nd", [0, 2]), "long": Summary(None, "e", None, note="n ☃")}
    for rep in (report(sentences, translations, summaries, engine), report([], []),
                report(sentences[:1], translations[:1]), report(sentences, translations[:4])):
        expected = json.dumps({"id": record_id, **rep.to_dict()}, ensure_ascii=False) + "\n"
        assert record(record_id, rep) == expected
