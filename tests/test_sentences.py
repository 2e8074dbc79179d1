"""What an answer quotes of a clause: its sentences, a list item with the lead-in that states
its rule, a lead-in with its list, and what lies between left out with an ellipsis."""

from assistant.sentences import elided, lead_in, sentence_spans, with_list_context

# 《公职人员政务处分法》第八条, as parsed.
ARTICLE_8 = (
    "第八条 政务处分的期间为：\n\n（一）警告，六个月；\n\n（二）记过，十二个月；\n\n"
    "（三）记大过，十八个月；\n\n（四）降级、撤职，二十四个月。\n\n"
    "政务处分决定自作出之日起生效，政务处分期自政务处分决定生效之日起计算。"
)


def _index(spans, opening):
    return next(i for i, s in enumerate(spans) if s.text.startswith(opening))


def test_a_list_item_is_quoted_with_the_sentence_introducing_its_list():
    spans = sentence_spans(ARTICLE_8)
    third = _index(spans, "（三）")
    assert with_list_context(spans, [third]) == [0, third]
    quoted = elided(ARTICLE_8, spans, [0, third])
    assert quoted == "第八条 政务处分的期间为：……（三）记大过，十八个月；"


def test_an_item_knows_the_sentence_introducing_its_list():
    spans = sentence_spans(ARTICLE_8)
    assert lead_in(spans, _index(spans, "（二）")) == 0
    assert lead_in(spans, 0) is None  # the lead-in is no item
    assert lead_in(spans, len(spans) - 1) is None  # after the list, outside it


def test_a_sentence_introducing_a_list_is_quoted_with_the_whole_list_and_no_more():
    spans = sentence_spans(ARTICLE_8)
    quoted = with_list_context(spans, [0])
    assert [spans[i].text for i in quoted][-1] == "（四）降级、撤职，二十四个月。"
    assert elided(ARTICLE_8, spans, quoted) == ARTICLE_8[: spans[quoted[-1]].end]  # no gap


def test_a_sentence_outside_any_list_is_quoted_alone():
    spans = sentence_spans(ARTICLE_8)
    last = len(spans) - 1
    assert with_list_context(spans, [last]) == [last]
    assert elided(ARTICLE_8, spans, [last]) == spans[last].text


def test_english_lists_are_read_the_same_way_and_elided_with_an_english_ellipsis():
    text = "The credit departments shall: (1) open complaint channels; (2) verify each complaint."
    text = text.replace(": ", ":\n").replace("; ", ";\n")
    spans = sentence_spans(text)
    assert [s.text for s in spans] == [
        "The credit departments shall:", "(1) open complaint channels;", "(2) verify each complaint.",
    ]
    assert with_list_context(spans, [2]) == [0, 2]
    assert elided(text, spans, [0, 2]) == "The credit departments shall: … (2) verify each complaint."


def test_a_long_item_cut_into_sentences_is_one_item_of_its_list():
    long_item = "（二）" + "不履行或者不正确履行职责，玩忽职守，贻误工作" * 7 + "；另有约定的，从其约定；"
    text = f"有下列行为之一的，予以警告：\n{long_item}\n（三）工作中有形式主义、官僚主义行为的。"
    spans = sentence_spans(text)
    assert len(spans) == 4  # the lead-in, the long item cut in two at ；, the last item
    second_half = _index(spans, "另有约定的")
    assert with_list_context(spans, [second_half]) == [0, second_half]
    assert with_list_context(spans, [0]) == list(range(len(spans)))
