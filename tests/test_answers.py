"""Answers over the sample corpus: grounded, cross-lingual, exact on article lookups, refusing
when the documents are silent; every quote is verbatim text of its document."""

from __future__ import annotations

import pytest
from llama_index.core.schema import TextNode

from assistant.answering import _lead, _ScoredClause
from assistant.indexing import UnknownDocument
from assistant.parsing import parse_file
from assistant.retrieval import Candidate

from .conftest import CORPUS

NDRC = "ndrc_government_integrity_notice_2023_en.pdf"
GZ = "gz_lecture_hall_guidelines_2025_en.txt"
SME = "cn_regs_sme_payment_guarantee_2025.pdf"
PS = "cn_law_public_official_sanctions_2020.txt"


def _cited(answer) -> set[tuple[str, str]]:
    return {(c.document, c.article) for c in answer.citations}


def test_a_chinese_question_finds_the_english_clause(assistant):
    answer = assistant.ask("发改委对有政府失信记录的城市会采取什么措施？")
    assert not answer.refused
    assert (NDRC, "III.(4)") in _cited(answer)
    assert "规定：“" in answer.answer  # framed in the question's language
    assert any("prefecture-level" in c.text for c in answer.citations)  # quotes stay English


def test_a_report_is_quoted_as_its_text_not_as_a_rule(assistant):
    # The lecture report states no rule: "文件规定" would present its news paragraph as one (r21).
    answer = assistant.ask("广州“廉洁合规大讲堂”第12期是在哪里举办的？")
    assert not answer.refused
    assert answer.citations[0].document == GZ
    assert answer.answer.startswith("原文：“")
    assert "文件规定" not in answer.answer
    # ... and a photo's caption in it ("Scene of the … Lecture Hall.") is not quoted
    assert not any(c.quote.startswith("Scene of") for c in answer.citations)


def test_an_english_question_finds_the_chinese_clause(assistant):
    answer = assistant.ask("Within how many days must government agencies pay SMEs for goods?")
    assert not answer.refused
    assert (SME, "第九条") in _cited(answer)
    assert any("30日" in c.quote for c in answer.citations if c.article == "第九条")


@pytest.mark.parametrize("question", ["When was the NDRC notice issued?", "发改委那份通知是哪天发布的？"])
def test_asked_when_a_notice_was_issued_its_closing_date_answers(assistant, question):
    # The notice states its date only under the issuer's name at its end, sharing no word
    # with the question.
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations[0].document == NDRC
    # Under the issuer it follows, not alone.
    assert answer.citations[0].quote == "National Development and Reform Commission\nAugust 5, 2023"


def test_a_refusal_about_one_document_shows_that_documents_clauses(assistant):
    # The notice states no effective date; other laws' effective dates are no "related" clause.
    answer = assistant.ask("When did the NDRC notice take effect?")
    assert answer.refused
    assert answer.related and {c.document for c in answer.related} == {NDRC}


@pytest.mark.parametrize(
    "question",
    [
        "政务处分有几种？",
        "政务处分一共有多少种？",
        "What kinds of sanctions can a public official receive?",
        "How many types of governmental sanctions are there?",  # the list counts them
        "政务处分分几个等级？",
        # "punishment" reads as 惩戒 too, and BM25 ranks credit-punishment clauses first.
        "What are the different levels of punishment an official can get, from mildest to harshest?",
    ],
)
def test_asked_what_kinds_there_are_the_clause_listing_them_comes_first(assistant, question):
    # 第七条 shares little with the question beyond "sanction", which some sixty clauses name.
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations[0].article == "第七条"
    assert "撤职" in answer.citations[0].quote  # the list itself, not only its lead-in


@pytest.mark.parametrize("question", [
    "If the city fixes the breach and pays what it owes, will its dishonesty record be cleared?",
    "地方政府被认定失信以后，改正了，失信记录还能撤掉吗？",
])
def test_asked_whether_a_record_can_be_cleared_the_credit_restoration_item_answers(assistant, question):
    # III.(3), which "forms government credit records", shares more words ("record", "breach");
    # III.(6) restores them once the breach is corrected and performance completed.
    answer = assistant.ask(question)
    assert not answer.refused
    assert (NDRC, "III.(6)") in _cited(answer)


@pytest.mark.parametrize(
    ("question", "document", "article"),
    [
        # Everyday English for the Chinese laws' terms (english_questions.tsv): each of these
        # was answered from other clauses, or refused, before its wording was added.
        ("Our bank suddenly called in the loan even though we never missed a payment. Is that allowed?",
         "cn_law_private_economy_promotion_2025.txt", "第二十四条"),
        ("If an official returned the bribe and confessed before he was investigated, can his sanction be reduced?",
         "cn_law_public_official_sanctions_2020.txt", "第十一条"),
        ("Can the owner of a private company pay his personal expenses out of the company account?",
         "cn_law_private_economy_promotion_2025.txt", "第四十条"),
    ],
)
def test_everyday_english_reaches_the_chinese_clause(assistant, question, document, article):
    answer = assistant.ask(question)
    assert not answer.refused
    assert (document, article) in _cited(answer)


@pytest.mark.parametrize(
    ("question", "document", "article"),
    [
        ("第七十条", None, "第七十条"),
        ("Article 9 of the SME payment regulations", SME, "第九条"),
        ("What does (4) of the NDRC notice say?", NDRC, "III.(4)"),
        ("保障中小企业款项支付条例第17条是怎么规定的？", SME, "第十七条"),
    ],
)
def test_article_lookups_resolve_exactly(assistant, question, document, article):
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations[0].article == article
    if document:
        assert {c.document for c in answer.citations} == {document}


def test_an_article_number_several_laws_share_leads_with_the_one_the_question_is_about(assistant):
    # Three documents have a 第五十二条; the story (立案调查, 暂停职务) is the sanctions law's.
    story = assistant.ask("经理被立案调查后，单位按第五十二条暂停了他的职务，这样做有依据吗？")
    assert (story.citations[0].document, story.citations[0].article) == (PS, "第五十二条")
    # Asked bare, all three are quoted, in the documents' order.
    bare = assistant.ask("第五十二条规定了什么？")
    assert [c.article for c in bare.citations] == ["第五十二条"] * 3
    assert bare.citations[0].document == "cn_law_private_economy_promotion_2025.txt"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Not 第九条 of three documents, which shares the number's characters.
        ("第九十九条", "所查的文件中没有第九十九条。"),
        ("保障中小企业款项支付条例第九十条是什么？", "《保障中小企业款项支付条例》中没有第九十条。"),
        ("What does article 500 of the SME payment regulations say?", "保障中小企业款项支付条例 has no article 500."),
    ],
)
def test_an_article_that_no_document_has_is_refused_with_that_reason(assistant, question, reason):
    answer = assistant.ask(question)
    assert answer.refused
    assert answer.answer.startswith(reason)


def test_a_figure_asked_of_an_article_that_the_article_beside_it_states_is_quoted_from_there(assistant):
    # 第六十三条 is on fair-competition review; the consultation period is 第六十二条's 30日.
    misnumbered = assistant.ask(
        "优化营商环境条例第六十三条规定，制定跟企业经营密切相关的规章要向社会公开征求意见，期限一般不少于多少天？"
    )
    assert not misnumbered.refused
    assert [c.article for c in misnumbered.citations] == ["第六十二条", "第六十三条"]
    assert "不少于30日" in misnumbered.citations[0].quote
    # 第十条 says from when the term runs after acceptance; 第九条 how long it is.
    over_both = assistant.ask("按条例第十条，验收合格后大型企业最晚应该多少天内付款？")
    assert [(c.document, c.article) for c in over_both.citations] == [(SME, "第九条"), (SME, "第十条")]
    assert "60日内支付" in over_both.citations[0].quote


def test_a_frequency_the_clause_leaves_open_is_refused_as_a_frequency(assistant):
    # 第二十七条 says 定期 (regularly): how often is not stated, and the refusal says so (r44)
    answer = assistant.ask("《中央企业合规管理办法》第二十七条规定的有效性评价频次是每年一次还是每三年一次？")
    assert answer.refused
    assert answer.answer.startswith("相关条款没有规定问题所问的频次（多久一次）。")


def test_a_figure_neither_the_named_article_nor_those_beside_it_state_is_refused(assistant):
    answer = assistant.ask("按《优化营商环境条例》第四十九条投诉以后，政府部门必须在多少个工作日内答复？")
    assert answer.refused
    assert answer.answer.startswith("相关条款没有规定问题所问的具体数额或期限。")


def test_a_premise_dating_an_event_otherwise_than_the_documents_is_corrected(assistant):
    answer = assistant.ask(
        "Background check: the GBA Integrity and Compliance Association was set up in 2019 by the "
        "Guangdong provincial government, right? So its lecture hall counts as official training?"
    )
    assert answer.refused
    assert "states 2021, not 2019." in answer.answer


def test_a_deadline_typed_in_a_chat_is_corrected_as_the_documents_date_it(assistant):
    # "6月底" is 6月30日, which 第十八条's 3月31日 contradicts (r107); "3月底" is that date
    answer = assistant.ask("机关6月底前公开欠款 没公开咋办？")
    assert answer.refused and "3月31日" in answer.answer
    assert not assistant.ask("机关3月底前公开欠款 没公开咋办？").refused


def test_an_existing_article_is_never_reported_missing(assistant):
    # 第七十条 states no number of days, so clauses that do are put first: it is still there.
    answer = assistant.ask("第七十条规定了多少天？")
    assert "没有第七十条" not in answer.answer


def test_an_article_outside_the_documents_a_question_is_limited_to_is_refused_naming_them(assistant):
    answer = assistant.ask("第七十条", documents=[SME])  # 第七十条 is the private economy law's
    assert answer.refused
    assert answer.answer.startswith("《保障中小企业款项支付条例》中没有第七十条。")


@pytest.mark.parametrize(
    "question",
    [
        "What is the best recipe for dumplings?",
        "明天广州天气怎么样？",
        "Who won the 2022 FIFA World Cup?",
        # Each shares words with some clause (file, China, company, public, pay, 材料, 财产),
        # and was answered with it before off-topic exemplars were compared.
        "How do I file for divorce in China?",
        "Write me a poem about autumn.",
        "What's the best way to learn Python for data analysis?",
        "Can my employer make me work on public holidays without overtime pay?",
        "离婚财产怎么分割？",
        "高考志愿怎么填报比较好？",
        # Nearer the clauses than any off-topic exemplar, but naming nothing of the subject
        # (no official, body, enterprise, gift, contract or licence): off it, judged sooner.
        "我朋友借了我两万块钱不还，我该怎么办？",
    ],
)
def test_questions_about_something_else_entirely_are_refused_as_off_the_subject(assistant, question):
    answer = assistant.ask(question)
    assert answer.refused
    assert answer.citations == []
    assert answer.answer.startswith(
        ("The question is about something the indexed documents do not cover", "这个问题不属于已索引文件涉及的范围")
    )
    assert answer.related == [], "no clause is related to a question off the documents' subject"


def test_a_story_told_in_everyday_chinese_is_answered_though_it_shares_few_words_with_the_clause(assistant):
    # Its confidence (~0.22) is below the English threshold, as 白拿几条烟 and 消防不合格 are
    # words no document uses; Chinese questions have their own threshold (settings).
    question = "我家开饭店的，街道的人来检查，每次都要白拿几条烟走，不给就说消防不合格。这算什么问题？"
    answer = assistant.ask(question)
    assert answer.confidence < assistant.settings.answer.refusal_threshold
    assert not answer.refused
    assert (PS, "第三十四条") in _cited(answer)


@pytest.mark.parametrize(("question", "document", "article"), [
    # the months of 第八条's list, read with its lead-in 政务处分的期间 (r41)
    ("Art. 8 of the PRC Law on Administrative Sanctions for Public Officials: how long does each sanction "
     "period last, and from when is it counted?", PS, "第八条"),
    # "how many typical scenarios" counts scenarios, which the report puts at 33 (r36)
    ("For my lecture notes: how many typical scenarios do the two batches of the Guangzhou Guidelines "
     "cover in total?", GZ, None),
    # 征求意见 asked in English as consulting the public (r36)
    ("Under China's 2019 Regulations on Optimizing the Business Environment, how must a bureau consult "
     "the public, and for how long as a rule?", "cn_regs_optimizing_business_environment_2019.txt", "第六十二条"),
])
def test_a_figure_the_clause_states_in_other_words_is_not_reported_missing(assistant, question, document, article):
    answer = assistant.ask(question)
    assert not answer.refused
    if article:
        assert (document, article) in _cited(answer)
    else:
        assert any(c.document == document and "33 scenarios" in c.quote for c in answer.citations)


@pytest.mark.parametrize(("question", "quoted", "not_quoted"), [
    ("我们公司属于条例所说的大型企业，向中小企业采购货物，最长多少天内必须付款？", "大型企业从中小企业采购", "30日内"),
    ("We are a large enterprise under the SME payment Regulations. Within how many days must we pay our SME "
     "suppliers?", "大型企业从中小企业采购", "30日内"),
    ("机关从中小企业采购，最长多少天内必须付款？", "机关、事业单位从中小企业采购", "大型企业从中小企业采购"),
])
def test_a_figure_is_quoted_from_the_sentence_on_the_party_asked_about(assistant, question, quoted, not_quoted):
    # 第九条 gives 机关、事业单位 30 days (60 at most) and 大型企业 60 days, one sentence each.
    article_9 = next(c for c in assistant.ask(question).citations if c.article == "第九条")
    assert quoted in article_9.quote
    assert not_quoted not in article_9.quote


def test_what_the_users_company_is_under_a_document_is_their_status_not_a_claim_to_check(assistant):
    # Not refused as "no clause … states what the question says it does": the regulation does
    # not say who is a large enterprise, and the user did not claim it does.
    answer = assistant.ask(
        "We are a large enterprise under the SME payment Regulations. Within how many days must we pay "
        "our SME suppliers?"
    )
    assert not answer.refused
    assert (SME, "第九条") in _cited(answer)


def test_a_question_on_the_subject_that_the_clauses_do_not_answer_shows_the_nearest_clauses(assistant):
    answer = assistant.ask("官员来公司讲课，讲课费标准是多少？")  # no clause sets a lecture fee
    assert answer.refused
    assert answer.answer.startswith("相关条款没有规定问题所问的具体数额或期限。")
    assert answer.related, "refusals show the nearest clauses as related, not an answer"


@pytest.mark.parametrize("question", [
    # Everyday words nearer a worker's or a family's questions than the laws' wording.
    "Can we pay for a bureau director's family vacation?",
    "我们公司能给公务员的孩子发实习offer吗？",
    "中秋节能给税务局的人送月饼吗？",
    # a public hospital as the debtor, not a patient's bill
    "区医院拖欠我们的医疗器械货款半年了，怎么办？",
    "Under the SME Payment Act, how fast must a hospital pay us?",
    # naming nothing of the subject, but nearer its clauses than an off-topic question
    "大厂说要等他们的客户回款了才给我们结账，这样行吗？",
])
def test_everyday_questions_about_dealings_with_officials_are_not_taken_for_off_the_subject(
    assistant, question
):
    assert not assistant.ask(question).answer.startswith(
        ("The question is about something the indexed documents do not cover", "这个问题不属于")
    )


def test_a_maximum_is_not_answered_with_the_minimum_a_clause_sets(assistant):
    answer = assistant.ask("What is the maximum late-payment interest rate?")
    assert answer.refused
    assert answer.answer.startswith("The clause sets only a minimum, not the maximum the question asks for")
    assert "约定利率不得低于合同订立时1年期贷款市场报价利率" in answer.answer
    # asked for what the clause does set, it answers
    answer = assistant.ask("What is the late-payment interest rate if nothing was agreed?")
    assert not answer.refused and any("万分之五" in c.text for c in answer.citations)


@pytest.mark.parametrize("question", [
    "大企业晚付款要付多少利息？",
    "How much interest do agencies owe on late payments?",
    "What is the late-payment interest rate if nothing was agreed?",
])
def test_interest_asked_how_much_is_answered_with_the_rate_the_clause_sets(assistant, question):
    # "how much" asks for yuan, but interest is stated as a rate: 每日利率万分之五
    answer = assistant.ask(question)
    assert not answer.refused
    assert "万分之五" in answer.answer


def test_a_figure_asked_as_a_bare_noun_phrase_that_no_clause_states_is_refused(assistant):
    answer = assistant.ask("Membership fee of the GBA Integrity and Compliance Association?")
    assert answer.refused
    assert answer.answer.startswith("The nearest clauses do not state the figure the question asks for")


def test_a_rule_heard_second_hand_and_built_on_is_checked(assistant):
    # 第五十六条: 复审、复核期间，不停止原政务处分决定的执行
    answer = assistant.ask(
        "Our contact got a demerit and asked for a review. She says the sanction is suspended "
        "during the review, so he can be promoted now. When will the review end?"
    )
    assert answer.refused
    assert answer.answer.startswith("The clauses say something different from the question's premise")
    # the correction quoted the clauses: they are not said to leave the question unaddressed
    assert answer.answer.endswith("The clauses are shown below as written.")
    assert "do not address" not in answer.answer
    # a true one is answered
    answer = assistant.ask("听同事说，机关应当自交付之日起30日内付款，所以我们下个月就能收到钱？")
    assert not answer.refused


def test_a_term_used_but_never_defined_is_refused_when_its_definition_is_asked(assistant):
    answer = assistant.ask("《公职人员政务处分法》里多次提到“特定关系人”，具体是指哪些人？")
    assert answer.refused
    assert answer.answer.startswith("文件使用了“特定关系人”这一说法，但没有对它作出定义。")
    # A term the documents define is answered with the definition.
    answer = assistant.ask("What does 'compliance risk' mean under the SASAC measures?")
    assert not answer.refused
    assert "本办法所称合规风险" in answer.citations[0].quote


def test_a_web_address_the_documents_never_give_is_refused(assistant):
    answer = assistant.ask("What is the web address of the national complaint platform for SME payment arrears?")
    assert answer.refused
    assert answer.answer.startswith("The nearest clauses do not mention a web address")
    # The NDRC notice names the 12345 hotline.
    answer = assistant.ask("What hotline number can we call to complain about a government breaking a contract?")
    assert not answer.refused


def test_a_statement_typed_as_a_question_is_refused_only_when_the_clauses_contradict_it(assistant):
    answer = assistant.ask("记过处分期是18个月")
    assert answer.refused
    assert "第八条规定的是12个月，不是18个月" in answer.answer
    # Keywords are answered; so is a statement the clauses do not contradict.
    assert not assistant.ask("SME payment deadline large firms").refused
    assert not assistant.ask("记过处分期是12个月").refused


def test_each_part_of_a_question_asking_several_things_is_answered(assistant):
    answer = assistant.ask("国有企业的部门经理受了记大过的政务处分，处分期有多长？在这期间还能提拔、涨工资吗？")
    assert not answer.refused
    cited = {c.article for c in answer.citations}
    assert "第二十一条" in cited  # 国有企业管理人员在政务处分期内，不得晋升…
    assert "第八条" in cited  # 记大过，十八个月


def test_a_figure_asked_of_a_kind_of_sanction_is_quoted_only_from_clauses_naming_such_kinds(assistant):
    # "从哪天开始算？" alone is best matched by a payment term "自…交付之日起"; the question is
    # about a 记大过, which 第八条 names and the payment clauses do not.
    answer = assistant.ask("记大过的话，处分期是多久？从哪天开始算？")
    assert not answer.refused
    assert answer.citations[0].article == "第八条"
    assert all(c.document != "cn_regs_sme_payment_guarantee_2025.pdf" for c in answer.citations)
    # 第八条 answers both parts, each with its own sentence
    assert "记大过，十八个月" in answer.answer
    assert "政务处分期自政务处分决定生效之日起计算" in answer.answer


def test_each_part_is_quoted_from_the_sentence_answering_it_even_in_one_clause(assistant):
    answer = assistant.ask("处理投诉部门应当在多长时间内形成处理结果？最长可以延长到多久？")
    first = answer.citations[0]
    assert first.article == "第二十五条"
    assert "30日内形成处理结果" in first.quote and "最长不得超过90日" in first.quote


def test_a_figure_the_documents_never_state_is_refused(assistant):
    answer = assistant.ask("公职人员收受礼品，金额在多少元以内不算违法？")
    assert answer.refused
    assert "数额或期限" in answer.answer


def test_a_false_premise_is_not_confirmed(assistant):
    answer = assistant.ask("政务处分法规定警告的期间是十二个月，对吗？")
    assert answer.refused
    assert any("六个月" in c.text for c in answer.related)


def test_a_related_clause_is_quoted_at_the_sentence_nearest_the_question(assistant):
    # 第八条 opens "政务处分的期间为：" and names no period; the reader checking the refusal
    # is shown the item that does, with that lead-in, as a verbatim span of the clause.
    answer = assistant.ask("政务处分法规定警告的期间是十二个月，对吗？")
    article_8 = next(c for c in answer.related if c.section.endswith("第八条"))
    assert "警告，六个月" in article_8.quote
    assert article_8.quote.startswith("第八条 政务处分的期间为：")
    assert article_8.quote in article_8.text


def test_a_confirmed_figure_no_clause_states_is_not_confirmed(assistant):
    # The law caps combined periods at 48 months (第十五条), not 36.
    answer = assistant.ask(
        "Under the Public Official Sanctions Law, the combined sanction period for several "
        "demerits is capped at 36 months, correct?"
    )
    assert answer.refused
    assert "premise" in answer.answer or "figure the question asks to confirm" in answer.answer
    assert answer.related


def test_a_claim_asked_outright_is_checked(assistant):
    # "Is it true that X?": 第九条 gives large enterprises 60 days, not the agencies' 30.
    answer = assistant.ask(
        "Audit check: is it true that under the SME payment regulation a large enterprise must pay "
        "an SME within 30 days of delivery, the same as government agencies?"
    )
    assert answer.refused
    assert "60" in answer.answer
    # A true one worded the user's way, across languages, is answered: its "any kind" is no
    # sweep the verifier must find said in the same words.
    answer = assistant.ask("Is it true that businesses have the right to refuse any kind of forced levy?")
    assert not answer.refused
    assert any("有权拒绝任何形式的摊派" in c.text for c in answer.citations)


def test_a_true_premise_is_answered_with_the_clause_that_states_it(assistant):
    answer = assistant.ask("政务处分法规定记过的处分期间是十二个月，对吗？")
    assert not answer.refused
    assert any("记过，十二个月" in c.text for c in answer.citations)


def test_a_premise_the_clauses_contradict_is_refused_even_as_a_given(assistant):
    # "既然…": the question takes the claim as given; the clause says six months, not twelve.
    answer = assistant.ask("既然政务处分法规定警告的期间是十二个月，那处分期满后怎么办？")
    assert answer.refused
    assert any("六个月" in c.text for c in answer.related)


def test_a_premise_naming_another_officer_is_refused_with_both_names(assistant):
    answer = assistant.ask("首席合规官由总经理兼任，对吗？")
    assert answer.refused
    assert "规定的是总法律顾问，不是总经理" in answer.answer
    assert any("总法律顾问兼任" in c.text for c in answer.related)


def test_a_premise_stretching_a_rule_to_everyone_is_not_taken_as_given(assistant):
    # The measures apply to central SOEs (第二条), not to every enterprise.
    answer = assistant.ask("既然中央企业合规管理办法对所有民营企业都适用，那我们公司要设首席合规官吗？")
    assert answer.refused
    assert "全部对象" in answer.answer


def test_asking_why_a_rule_reaches_only_some_takes_that_as_a_premise_and_refuses_it(assistant):
    # "Why does X only…" presupposes "X only…"; the measures never narrow themselves that way.
    answer = assistant.ask("为什么保障中小企业款项支付条例只适用于国有企业？")
    assert answer.refused
    assert "全部对象" in answer.answer


def test_a_figure_a_why_question_takes_as_given_is_checked(assistant):
    # The notice keeps no record for a set number of years; asking why it does assumes one.
    answer = assistant.ask("Why does the NDRC notice keep a city's dishonesty record for five years?")
    assert answer.refused
    assert "the figure the question takes as given" in answer.answer


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The sanctions law imposes no asset disclosure; the SASAC measures make the general
        # counsel the chief compliance officer (第十二条), nobody hired from outside.
        ("既然政务处分法要求公职人员必须每年公开个人财产，那公开到哪里？", "这项义务"),
        (
            "The SASAC measures require central SOEs to hire the chief compliance officer from "
            "outside. What qualifications must that person have?",
            "No clause imposes the duty",
        ),
    ],
)
def test_a_duty_no_clause_imposes_is_not_taken_as_given(assistant, question, reason):
    answer = assistant.ask(question)
    assert answer.refused
    assert reason in answer.answer


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The sanctions law sanctions officials, not the companies that give them gifts.
        ("政务处分法规定送礼的企业由监察机关处以罚款，那罚款交到哪里？", "在问题所说的文件中没有找到"),
        # The private-economy law gives courts no power to fine officials.
        (
            "Since the Private Economy Promotion Law lets courts fine officials who delay "
            "approvals, how big are the fines?",
            "No clause found in the document the question cites",
        ),
    ],
)
def test_a_rule_the_question_says_a_document_states_is_checked_in_that_document(assistant, question, reason):
    answer = assistant.ask(question)
    assert answer.refused
    assert reason in answer.answer


@pytest.mark.parametrize(("days", "refused"), [(15, True), (30, False)])
def test_a_figure_an_article_is_said_to_give_is_refused_only_when_the_article_states_another(
    assistant, days, refused
):
    # 第十六条: 自中小企业提出确权请求之日起30日内确认. The verifier finds "gives the debtor" in no
    # clause, so a true figure is answered because the named article states it (r34).
    answer = assistant.ask(
        f"Article 16 of the SME payment Regulations gives the debtor {days} days to confirm the debt "
        f"once the SME asks – if it misses the {days} days, is the receivable deemed confirmed?"
    )
    assert answer.refused is refused
    if refused:
        assert "states 30 days, not 15 days" in answer.answer
    else:
        assert (SME, "第十六条") in _cited(answer)


def test_a_figure_a_named_article_is_said_to_state_is_checked_in_that_article(assistant):
    # 第三十四条 sets no amount: the article is not simply shown as if it said so.
    answer = assistant.ask("政务处分法第三十四条是不是说收礼五百元以下不处分？那收四百的卡没事吧？")
    assert answer.refused
    assert answer.answer.startswith("相关条款没有规定问题中所说的数额")
    # 第九条 does give large enterprises 60 days (its first sentence gives public bodies 30).
    answer = assistant.ask("保障中小企业款项支付条例第九条是不是说大型企业要在60日内付款？那合同约定90天还有效吗？")
    assert not answer.refused
    assert answer.citations[0].article == "第九条"


def test_a_rule_the_question_says_a_named_article_makes_is_checked_in_that_article(assistant):
    # 第五十四条 is on credit repair; it says nothing of enforcing compensation (r25).
    answer = assistant.ask(
        "《民营经济促进法》第五十四条规定，政府违约毁约的，民营企业可以直接向法院申请强制执行补偿款。"
        "我们县政府单方终止了招商协议，据此申请执行需要准备哪些材料？"
    )
    assert answer.refused
    assert answer.answer.startswith("在问题所说的文件中没有找到问题所述的这一规定")
    assert "第五十四条" in [c.article for c in answer.related]
    # What the article does say, in the user's words, is answered from it ...
    answer = assistant.ask("民营经济促进法第七十条规定政府不得以换届为由违约，那县里换了领导，我们的招商协议还算数吗？")
    assert not answer.refused
    assert answer.citations[0].article == "第七十条"
    # ... and so, across languages, where the verifier misses support worded otherwise.
    answer = assistant.ask(
        "Since Article 43 of the business environment regulations bans designating intermediaries, can the "
        "approval window tell us to use their recommended appraiser?"
    )
    assert not answer.refused
    assert answer.citations[0].article == "第四十三条"


def test_a_contradicted_premise_names_the_figure_the_user_claims_not_the_storys(assistant):
    # Both figures are days; the explanation had named either, as a set's order fell.
    answer = assistant.ask(
        "We want to factor our receivables from a large SOE customer. The SME payment regulation says the buyer "
        "must confirm the debt within 15 days of our request; it's been 20 days now. What penalty does the buyer "
        "face for blowing that deadline?"
    )
    assert answer.refused
    assert "第十六条 states 30 days, not 15 days." in answer.answer


def test_a_reading_of_a_document_the_question_builds_on_is_refused_only_when_contradicted(assistant):
    answer = assistant.ask("按政务处分法，记过的处分期是二十四个月，那期满后能晋升吗？")
    assert answer.refused
    assert "第八条规定的是12个月，不是24个月" in answer.answer  # the correction
    # Worded as the user understands it, a true reading is answered (the verifier does not
    # find 收受…礼金 in these words).
    answer = assistant.ask("按政务处分法，公职人员收受礼金要给处分，那收一张购物卡算不算？")
    assert not answer.refused
    assert answer.citations[0].article == "第三十四条"


def test_a_figure_asked_of_a_named_article_that_states_none_is_refused_showing_the_article(assistant):
    answer = assistant.ask(
        "Under Article 52 of the Public Official Sanctions Law, the appointing unit can suspend an official "
        "under investigation. What's the maximum length of such a suspension?"
    )
    assert answer.refused
    assert answer.answer.startswith("The nearest clauses do not state the figure the question asks for.")
    assert "第五十二条" in [c.article for c in answer.related]
    # ... asked outright, where clauses stating months of other acts are sorted before it
    answer = assistant.ask(
        "Under Article 52 of the Public Official Sanctions Law, what is the maximum length of a suspension from duties?"
    )
    assert answer.refused
    assert answer.related[0].article == "第五十二条"  # the article named, shown first
    # ... while one the article states is answered from it
    answer = assistant.ask("政务处分法第八条规定记大过的处分期是多长？")
    assert not answer.refused
    assert answer.citations[0].article == "第八条" and "十八个月" in answer.answer


def test_a_detail_asked_of_a_named_article_that_names_none_is_refused_showing_the_article(assistant):
    # 第八条 sets up the evaluation system and names no indicators or weights (r39)
    answer = assistant.ask("优化营商环境条例第八条讲要建立营商环境评价体系。这个评价具体有哪些一级指标、每项各占多少权重？")
    assert answer.refused
    assert answer.answer.startswith("相关条款没有说明指标或权重。")
    assert answer.related[0].article == "第八条"


def test_a_rule_a_document_is_said_to_state_in_a_statement_before_the_question_is_checked(assistant):
    answer = assistant.ask(
        "The NDRC notice says companies can claim triple damages from governments that break "
        "contracts. How do we file the claim?"
    )
    assert answer.refused
    # (the multiple is a figure too: "triple damages" is three times, which no clause states)
    assert answer.answer.startswith("No clause states the figure the question takes as given")


def test_a_rule_the_cited_document_states_is_taken_as_given_and_the_question_answered(assistant):
    answer = assistant.ask("既然政务处分法规定记过的期间是十二个月，那记大过的期间是多久？")
    assert not answer.refused
    # The quote answers what is asked (记大过), not the premise (记过，十二个月).
    assert "记大过，十八个月" in answer.citations[0].quote


def test_a_duty_a_clause_imposes_is_taken_as_given(assistant):
    answer = assistant.ask("既然中央企业应当设立首席合规官，那首席合规官由谁兼任？")
    assert not answer.refused
    assert any("由总法律顾问兼任" in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "What does the NDRC notice say about punishing governments that break contracts?",
        "发改委的通知对政府拖欠民营企业账款有什么要求？",
    ],
)
def test_a_question_naming_a_document_is_answered_from_that_document(assistant, question):
    # The private economy law has clauses on the same topic; they answer another question.
    answer = assistant.ask(question)
    assert not answer.refused
    assert {c.document for c in answer.citations} == {NDRC}


def test_how_a_lawsuit_will_turn_out_is_not_a_question_the_rules_answer(assistant):
    answer = assistant.ask("县政府换届后不履行投资协议，我们起诉的话胜诉的可能性大吗？")
    assert answer.refused
    assert "不能预测具体案件的结果" in answer.answer
    assert answer.related, "the rules on the topic are still shown, as related"


def test_a_figure_asked_of_a_named_document_must_come_from_that_document(assistant):
    # The SME regulation states complaint deadlines in days; the NDRC notice states none, so
    # another document's days must not answer a question put to the notice.
    answer = assistant.ask("按照发改委的政务诚信履约通知，投诉政府违约后多少天内会有处理结果？")
    assert answer.refused
    assert "数额或期限" in answer.answer


def test_a_share_no_clause_states_is_refused(assistant):
    answer = assistant.ask("政府采购要给民营企业预留多大比例的份额？")
    assert answer.refused
    assert "具体数额或期限" in answer.answer


@pytest.mark.parametrize(("question", "reason"), [
    ("Can a company complain about a government breach of contract anonymously?", "do not mention anonymity"),
    ("投诉政府违约失信，需要提交哪些证明材料？", "没有说明需要提交哪些材料"),
])
def test_a_detail_the_clauses_on_topic_never_mention_is_refused(assistant, question, reason):
    # The NDRC notice opens complaint channels but says nothing of anonymity or materials.
    answer = assistant.ask(question)
    assert answer.refused
    assert reason in answer.answer


def test_a_chinese_question_is_answered_by_the_clauses_in_its_own_words(assistant):
    # Its glossary translation ("institutional adjustments", "contract") must not outweigh
    # the clauses that say 政府换届 in so many words, nor lift a clause that only shares 合同.
    answer = assistant.ask("政府换届了，之前签的合同还算数吗？")
    assert not answer.refused
    assert answer.citations[0].article in ("第七十条", "第三十一条")
    assert {c.article for c in answer.citations} >= {"第七十条", "第三十一条"}


def test_the_date_something_takes_effect_is_answered_by_the_clause_that_says_so(assistant):
    answer = assistant.ask("When does the revised regulation on guaranteeing payments to SMEs take effect?")
    assert not answer.refused
    assert [c.article for c in answer.citations] == ["第三十七条"]  # one date, one clause
    assert "2025年6月1日" in answer.citations[0].quote


def test_how_many_people_is_answered_by_a_clause_stating_them_in_the_other_language(assistant):
    answer = assistant.ask("How many members must an investigation team have?")
    assert not answer.refused
    assert answer.citations[0].article == "第四十二条"  # 由二名以上工作人员进行


def test_a_list_item_answers_under_its_lead_in(assistant):
    # "（二）记过，十二个月；" alone shares only 记过 with the question; under "政务处分的期间为："
    # it is the answer.
    answer = assistant.ask("How long is the sanction period for a demerit?")
    assert not answer.refused
    assert answer.citations[0].article == "第八条"  # "sanction period": 政务处分的期间
    assert "记过，十二个月" in answer.citations[0].quote


def test_how_many_of_something_is_answered_by_the_sentence_that_counts_them(assistant):
    # The paragraph also asks "how should we effectively use the Guidelines?", which shares
    # more words with the question; the sentence with the number is the answer.
    answer = assistant.ask("广州的政商交往指引两批一共覆盖了多少个场景？")
    assert not answer.refused
    # ... and it comes first, before paragraphs that say "two batches" but count nothing.
    assert "33 scenarios" in answer.citations[0].quote


def test_a_question_about_the_text_before_a_revision_is_refused_even_for_a_named_article(assistant):
    # The index holds the 2025 text; its 第八条 is not what 第八条 said before the revision.
    answer = assistant.ask("条例修订前，原第八条是怎么规定付款期限的？")
    assert answer.refused
    assert "修订前的版本" in answer.answer


def test_an_unindexed_document_is_named_in_the_refusal(assistant):
    answer = assistant.ask("根据《行政监察法》，监察机关可以给予哪些行政处分？")
    assert answer.refused
    assert "《行政监察法》" in answer.answer
    # ... also beside an article that is indexed (r44)
    answer = assistant.ask("国资委2018年印发的《中央企业合规管理指引（试行）》与《中央企业合规管理办法》第十八条相比有哪些不同？")
    assert answer.refused
    assert "《中央企业合规管理指引（试行）》" in answer.answer


def test_an_article_of_a_law_that_is_not_indexed_is_not_the_same_numbered_article_of_one_that_is(assistant):
    # 《监察法》第十五条 is named in passing; 第五十二条 of the sanctions law is asked about (r44)
    answer = assistant.ask(
        "我集团某子公司副总经理（属《监察法》第十五条规定的国有企业管理人员）已被市监委立案调查，"
        "他递交了提前退休申请。依《公职人员政务处分法》第五十二条，能否在立案调查期间为其办理退休手续？"
    )
    assert not answer.refused
    assert "第十五条" not in [c.article for c in answer.citations]
    assert answer.citations[0].article == "第五十二条"


def test_a_why_question_about_what_a_named_article_does_not_say_is_refused_with_a_correction(assistant):
    answer = assistant.ask("《中央企业合规管理办法》第十二条为何要求首席合规官必须由总会计师兼任？可否另设专职首席合规官？")
    assert answer.refused
    assert "第十二条规定的是总法律顾问，不是总会计师" in answer.answer  # r44


def test_a_rule_said_of_an_article_named_without_its_document_is_checked_in_that_article(assistant):
    # 第十一条 of the SASAC measures sets up the compliance committee; it names no chair (r52).
    answer = assistant.ask(
        "办法第十一条规定，合规委员会主任须由监事会主席担任。我司已按改革要求撤销监事会，请问合规委员会主任应改由谁担任？"
    )
    assert answer.refused
    assert answer.answer.startswith("在问题所说的文件中没有找到问题所述的这一规定")
    assert answer.related[0].article == "第十一条"
    # 第三十条 sets no hours of training
    answer = assistant.ask("根据办法第三十条，新入职员工的合规培训每年不得少于16学时。请问学时不足的，是否影响绩效考核？")
    assert answer.refused and answer.related[0].article == "第三十条"
    # Another law's article in the story is not the article asked about (r44).
    answer = assistant.ask(
        "我集团某副总经理（属《监察法》第十五条规定的国有企业管理人员）已被市监委立案调查，上周递交了退休申请。"
        "请问：依《公职人员政务处分法》第五十二条，集团能否在立案调查期间为其办理退休手续？"
    )
    assert not answer.refused and answer.citations[0].article == "第五十二条"


def test_a_prediction_is_refused_even_when_the_question_names_the_articles(assistant):
    answer = assistant.ask(
        "对方依据《保障中小企业款项支付条例》第九条、第十七条主张本金及逾期利息，我方抗辩称项目尚未完成财政评审。"
        "结合条文，请评估我方胜诉的概率有多大？"  # r50
    )
    assert answer.refused
    assert answer.answer.startswith("文件规定的是规则，不能预测具体案件的结果。")
    assert {"第九条", "第十七条"} <= {c.article for c in answer.related}


def test_a_public_body_a_claim_gives_a_named_article_must_be_named_there(assistant):
    # 第二十四条 names the department in charge of SME promotion, not market regulation (r42)
    answer = assistant.ask(
        "Since Article 24 of the SME Payment Regulations designates the State Administration for Market "
        "Regulation as the body that accepts complaints about arrears, should we file with its county office?"
    )
    assert answer.refused
    assert answer.related[0].article == "第二十四条"
    # ... while the issuer in a document's name is no body given the article
    answer = assistant.ask(
        "Under Article 12 of the SASAC compliance Measures, who serves as the chief compliance officer?"
    )
    assert not answer.refused and answer.citations[0].article == "第十二条"


@pytest.mark.parametrize(
    "question",
    [
        "Does a change of officials excuse a government from its contracts?",
        "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？",
        "中央企业合规管理办法所称合规是指什么？",
    ],
)
def test_answerable_questions_are_answered_with_verbatim_quotes(assistant, question):
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations
    for citation in answer.citations:
        text = parse_file(CORPUS / citation.document).text
        assert text[citation.start : citation.end] == citation.quote
        assert citation.quote in citation.text
        assert f"[{citation.id}]" in answer.answer
        assert 0.0 <= citation.score <= 1.0


def test_a_question_limited_to_a_document_not_in_the_index_is_an_error_naming_it(assistant):
    # Not "nothing is indexed yet", which is what an empty search would otherwise read as.
    with pytest.raises(UnknownDocument, match=r"not in the index: nosuch\.pdf\. Indexed documents: .*sme_payment"):
        assistant.ask("第七十条", documents=["nosuch.pdf"])


def test_a_follow_up_uses_the_previous_question(assistant):
    first = "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？"
    answer = assistant.ask("那大型企业呢？", history=[first])
    assert not answer.refused
    assert any("大型企业从中小企业采购" in c.quote for c in answer.citations)



def test_a_follow_up_asks_only_its_own_question_not_the_earlier_ones_again(assistant):
    answer = assistant.ask("那撤职呢？", history=["警告的处分期是多久？"])
    assert "撤职，二十四个月" in answer.answer
    assert "警告，六个月" not in answer.answer  # answered the turn before


def test_questions_can_be_restricted_to_documents(assistant):
    answer = assistant.ask("违约失信怎么处理？", documents=[SME])
    assert {c.document for c in answer.citations + answer.related} == {SME}


def test_everyday_words_the_dictionary_knows_are_not_taken_for_out_of_scope(assistant):
    # 大厂 (big firm), 回款 (getting paid), 结账 (settling up) are not the regulation's words,
    # but colloquial.tsv maps them to its terms: the question is answered, not refused.
    answer = assistant.ask("大厂说等他们的客户回款了才给我们结账，还要写进合同，这样行吗？")
    assert not answer.refused
    assert any("第三方付款" in c.text for c in answer.citations)


def test_what_a_term_means_is_answered_by_the_clause_that_defines_it(assistant):
    # Many SASAC clauses mention 合规风险; 第三条 is the one that says what it is.
    answer = assistant.ask("What does 'compliance risk' mean under the SASAC measures for central enterprises?")
    assert not answer.refused
    assert answer.citations[0].article == "第三条"
    assert "所称合规风险，是指" in answer.citations[0].quote


def test_an_english_question_in_the_laws_own_terms_finds_the_chinese_clause(assistant):
    # "chief compliance officer" → 首席合规官 (english_questions.tsv): the SASAC measures, not
    # the English documents' clauses about compliance.
    answer = assistant.ask("Who serves as the chief compliance officer of a central SOE?")
    assert not answer.refused
    assert ("cn_sasac_central_soe_compliance_measures_2022.txt", "第十二条") in [
        (c.document, c.article) for c in answer.citations
    ]


def test_an_english_question_in_everyday_words_finds_the_chinese_figure(assistant):
    # "a large company" is the regulation's 大型企业 (english_questions.tsv), "paying" its
    # 支付 (the glossary, inflected): 第九条 states the 60 days; without them the clauses
    # found stated no period and the question was refused.
    answer = assistant.ask("How long can a large company delay paying a small supplier?")
    assert not answer.refused
    assert answer.citations[0].article == "第九条"
    assert "60日内支付款项" in answer.citations[0].quote


@pytest.mark.parametrize("question", [
    "发改委那份通知的文号是多少？",
    "What is the document number of the NDRC notice on government integrity performance?",
])
def test_a_documents_number_is_quoted_from_the_heading_that_states_it(assistant, question):
    # Found through the metadata like an article lookup, and quoted alone: not the title
    # beside it, not the whole heading with the addressees.
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations[0].quote == "Development and Reform Finance [2023] No. 1103"


def test_a_law_issued_under_no_document_number_is_not_given_one(assistant):
    answer = assistant.ask("民营经济促进法的文号是什么？")
    assert answer.refused
    assert answer.answer.startswith("相关条款没有说明文号。")


@pytest.mark.parametrize("question", [
    "企业家可以和官员打高尔夫吗？",
    "给办事的公务员塞个红包，会有什么后果？",
    "周末想约局长吃个饭，可以吗？",  # 吃个饭, 吃顿饭, 便饭: 宴请
    "我们能请审批科的科员吃顿便饭吗？",
])
def test_everyday_chinese_about_officials_is_answered_with_the_rule(assistant, question):
    # 打高尔夫 and 红包 are not the law's words; 健身、娱乐 and 礼金 are (colloquial.tsv): the
    # sentences are chosen reading the question in them, as retrieval reads it.
    answer = assistant.ask(question)
    assert not answer.refused
    assert ("cn_law_public_official_sanctions_2020.txt", "第三十四条") in [
        (c.document, c.article) for c in answer.citations
    ]


SANCTIONS = "cn_law_public_official_sanctions_2020.txt"


def test_a_sentence_introducing_a_list_is_quoted_with_its_list(assistant):
    answer = assistant.ask("政务处分的种类有哪些？")
    first = answer.citations[0]
    assert (first.document, first.article) == (SANCTIONS, "第七条")
    for sanction in ("警告", "记过", "记大过", "降级", "撤职", "开除"):
        assert sanction in first.quote


def test_a_list_item_is_quoted_with_the_lead_in_that_states_its_consequence(assistant):
    answer = assistant.ask(
        "有个局长的小舅子开了家公司来找我们合作，说他姐夫能在局里帮我们打招呼。"
        "要是局长对这事睁一只眼闭一只眼，他自己会怎么样？"
    )
    citation = next(c for c in answer.citations if "纵容、默许特定关系人" in c.quote)
    line = next(line for line in answer.answer.splitlines() if f"[{citation.id}]" in line)
    # The answer line says what happens (the lead-in) and to what conduct (the item), leaving
    # out the items between; the citation quotes the whole span, verbatim.
    assert "予以警告、记过或者记大过" in line and "……（三）纵容、默许特定关系人" in line
    assert "（一）贪污贿赂的" not in line
    text = parse_file(CORPUS / citation.document).text
    assert text[citation.start : citation.end] == citation.quote
    assert citation.quote.startswith("第三十三条 有下列行为之一的")


def _clause(name: str, answer_score: float, of_asked_kind: bool = True) -> _ScoredClause:
    candidate = Candidate(TextNode(text=name, id_=name), fused=0.0, similarity=0.0,
                          coverage=0.0, in_domain=0.0)
    # answer_score is half confidence (0 here), half the best sentence score
    return _ScoredClause(candidate, spans=[], scores=[2 * answer_score], of_asked_kind=of_asked_kind)


def test_of_clauses_scored_within_a_few_percent_the_one_retrieval_ranked_first_is_quoted_first():
    first, second, third = _clause("第一", 0.39), _clause("第二", 0.40), _clause("第三", 0.30)
    retrieval_order = [first, second, third]
    assert _lead([second, first, third], retrieval_order) == 1  # 0.39 is within 5% of 0.40
    clear_winner = _clause("第二", 0.50)
    assert _lead([clear_winner, first, third], [first, clear_winner, third]) == 0
    # A clause that does not state what the question asks for never leads one that does.
    off_kind = _clause("第一", 0.39, of_asked_kind=False)
    assert _lead([second, off_kind], [off_kind, second]) == 0


def test_amendments_since_a_text_that_records_none_are_not_answered_from_it(assistant):
    answer = assistant.ask("政务处分法后来有没有修订过？最新修订改了什么？")
    assert answer.refused
    assert answer.answer.startswith("问题问的是文件此后的修订")
    # The SME regulation records its 2025 revision, which answers the same question of it.
    revised = assistant.ask("Has the SME payment regulation been amended since 2020?")
    assert not revised.refused
    assert "802号修订" in revised.citations[0].quote


def test_an_issuer_the_documents_contradict_is_refused_with_the_recorded_one(assistant):
    answer = assistant.ask(
        "Since the Guangzhou Guidelines were put out by the city's SASAC, do they only apply to "
        "state-owned enterprises?"
    )
    assert answer.refused
    # (as the premise contradicted: the verifier reads the document's record of its issuer)
    assert "Guangzhou Municipal Commission for Discipline Inspection and Supervision" in answer.answer
    # named rightly, the issuer is no objection
    assert not assistant.ask("广州的政商交往指引是市纪委监委发布的吗？").refused
    # A co-issuer the record does not name is refused too (r51).
    answer = assistant.ask(
        "The NDRC notice was issued jointly with the People's Bank of China. Which of the issuing bodies runs "
        "the complaint columns on Credit China?"
    )
    assert answer.refused and "National Development and Reform Commission" in answer.answer
    # ... and a body said to have issued the notice, before a comma and a question naming that
    # body's offices (r94), or as "a joint issuance with" it (r95)
    for question in (
        "Since SASAC issued the 2023 notice No. 1103 on the government integrity performance mechanism, should I "
        "send my complaint to SASAC's provincial offices?",
        "The NDRC government-integrity notice was a joint issuance with MOFCOM. Which of the two ministries' local "
        "offices takes our breach-of-contract complaint?",
    ):
        answer = assistant.ask(question)
        assert answer.refused and "National Development and Reform Commission" in answer.answer


def test_words_someone_said_in_quotes_do_not_stop_the_answer(assistant):
    answer = assistant.ask("新来的局长说“那是上一任签的，我们不管”，不肯履行招商合同，这样行吗？")
    assert not answer.refused
    assert ("cn_law_private_economy_promotion_2025.txt", "第七十条") in _cited(answer)


def test_an_excuse_quoted_in_the_story_is_no_term_asked_about(assistant):
    answer = assistant.ask(
        "合同里写明了货到以后医院7天内验收。货堆在他们库房里大半年，财务就拿“没验收”当挡箭牌。这种情况付款期限从哪天算？"  # r55
    )
    assert not answer.refused


def test_a_figure_asked_of_one_document_set_against_another_is_read_in_that_one(assistant):
    answer = assistant.ask(
        "Under the Private Economy Promotion Law specifically – not the SME payment Regulations – how many "
        "days after delivery does a large enterprise have by statute to pay a small private supplier?"  # r54
    )
    assert answer.refused
    assert answer.answer.startswith("The nearest clauses do not state the figure the question asks for.")
    # (the SME regulations' 60 days are another document's)


def test_a_rule_someone_says_a_document_states_is_checked_there_without_the_documents_name(assistant):
    # "the SME regulation requires … within 30 days" is compared as "requires … within 30 days"
    true = assistant.ask(
        "Our lawyer says the SME regulation requires agencies to pay within 30 days of delivery, "
        "so what happens if they're late?"
    )
    assert not true.refused
    false = assistant.ask(
        "Our lawyer says the SME regulation requires agencies to pay within 90 days, so can we "
        "charge interest from day 91?"
    )
    assert false.refused
    assert any("30日内" in c.text for c in false.related)


def test_a_rule_heard_about_a_document_that_it_does_not_state_is_not_built_on(assistant):
    answer = assistant.ask(
        "The district says the NDRC notice lets a government skip a contract when its leaders are "
        "replaced, as a kind of force majeure. What proof must the district show?"
    )
    assert answer.refused
    assert answer.answer.startswith("No clause found in the document the question cites")


def test_criteria_the_regulation_leaves_to_another_standard_are_refused_naming_it(assistant):
    answer = assistant.ask("我们公司员工150人，年营收8000万，算不算中小企业？条例里具体的划分标准是怎么定的？")
    assert answer.refused
    assert answer.answer.startswith("相关条款没有规定具体标准，而是交由其他规定确定")
    assert "国务院批准的中小企业划分标准" in answer.answer


def test_a_foreign_statute_is_not_answered_from_the_chinese_ones(assistant):
    answer = assistant.ask("Under the UK Bribery Act, is corporate hospitality a defence if it's proportionate?")
    assert answer.refused
    assert answer.answer.startswith("The question names the UK Bribery Act, which is not among the indexed documents")


def test_a_foreign_statute_named_as_background_does_not_stop_the_answer_from_the_chinese_one(assistant):
    answer = assistant.ask(
        "For comparison with the EU Late Payment Directive: under China's 2025 Private Economy Promotion Law, "
        "may a state organ or state-owned enterprise insist that the state audit result be the basis for "
        "settling its account with a private supplier?"
    )
    assert not answer.refused
    assert ("cn_law_private_economy_promotion_2025.txt", "第六十七条") in _cited(answer)


@pytest.mark.parametrize(("question", "article"), [
    # everyday words for a gift (茅台, 份子钱) and for an official's business interests (持股)
    ("送领导两瓶茅台算违规吗？", "第三十四条"),
    ("结婚随份子钱给官员可以吗？", "第三十四条"),
    ("公务员可以持有公司股份吗？", "第三十六条"),
])
def test_everyday_chinese_words_reach_the_sanctions_laws_clause(assistant, question, article):
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations[0].article == article
    assert answer.citations[0].document == "cn_law_public_official_sanctions_2020.txt"


@pytest.mark.parametrize("question", [
    "Under the SASAC compliance measures for central SOEs, who serves as chief compliance officer?",
    "按照《中央企业合规管理办法》，首席合规官由谁担任？",
])
def test_naming_a_document_does_not_make_its_scope_clause_the_answer(assistant, question):
    # "SASAC", "central SOEs" and 中央企业合规管理办法 say which document is asked about;
    # 第二条 ("本办法适用于国资委…中央企业") shares those words and nothing else.
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.citations[0].article == "第十二条"


def test_a_statement_ending_in_a_bare_ba_asks_to_confirm_it(assistant):
    # "…吧" after a statement asks "…, right?": the statement is checked like "…，对吧？".
    answer = assistant.ask("设首席合规官的话，中央企业要新增一个领导岗位吧")
    assert answer.refused
    assert "不新增领导岗位和职数" in answer.answer
    assert not assistant.ask("首席合规官由总法律顾问兼任吧").refused


def test_the_other_sides_demand_in_a_users_story_is_not_taken_for_a_rule_they_claim(assistant):
    # "对方要求…必须交现金" is what happened to the user, not a duty they say the documents impose;
    # read as one, it was refused as "no clause imposes the duty the question assumes".
    answer = assistant.ask(
        "我们是一家小型供货商，给一家大型企业供货。对方要求履约保证金必须交现金，不收银行保函。他们可以这样要求吗？"
    )
    assert not answer.refused
    assert ("cn_regs_sme_payment_guarantee_2025.pdf", "第十三条") in _cited(answer)


def test_a_chinese_name_for_a_phrase_of_the_english_report_reaches_it(assistant):
    # The report says "Clean but Not Proactive"; a Chinese reader of the Guidelines says 清而不亲
    # (glossary.tsv). It was refused as a term no document uses.
    answer = assistant.ask("广州指引怎么解决政商交往中“清而不亲”的问题？")
    assert not answer.refused
    assert answer.citations[0].document == "gz_lecture_hall_guidelines_2025_en.txt"


def test_a_sentence_that_asks_a_question_is_not_quoted_as_an_answer(assistant):
    # The lecture report heads its parts with questions ("Then, when encountering confusion in
    # government-business interactions, how should we effectively…?"); the answer is the
    # sentence after it.
    answer = assistant.ask("What is the key test for judging government-business interactions?")
    assert not answer.refused
    assert all(not c.quote.rstrip("”\"’' ").endswith(("?", "？")) for c in answer.citations)
    assert "acting for personal gain" in answer.citations[0].quote


def test_a_document_named_by_its_number_in_brackets_is_no_unknown_term(assistant):
    answer = assistant.ask("发改委2023年那份政务诚信通知（发改财金〔2023〕1103号）里说的“违约失信”，具体涵盖哪些合同？")
    assert not answer.refused
    assert answer.citations[0].document == NDRC


def test_a_line_naming_who_speaks_next_is_not_quoted_as_an_answer(assistant):
    # The report gives each speaker's name and title a paragraph of its own, ending in a colon.
    answer = assistant.ask(
        "As the Guangzhou Metro Group speaker described it, what happens to a manager whose careful investment loses money?"
    )
    assert not answer.refused
    assert all(not c.quote.rstrip().endswith((":", "：")) for c in answer.citations)


@pytest.mark.parametrize(("question", "period"), [
    ("公务员被记大过以后，要等多久才能再升职？", "（三）记大过，十八个月"),
    ("国企管理人员受了记过处分，多久不能涨薪酬等级？", "（二）记过，十二个月"),
])
def test_asked_how_long_a_rule_lasts_the_clause_setting_its_period_answers_too(assistant, question, period):
    # 第十九条/第二十一条 bar promotion 在政务处分期内; 第八条 sets that period, for the kind asked.
    answer = assistant.ask(question)
    assert not answer.refused
    assert (PS, "第八条") in _cited(answer)
    assert period in answer.answer
    assert "二十四个月" not in answer.answer  # 降级、撤职's period is another kind's


@pytest.mark.parametrize(("question", "period"), [
    # the story's 纪委监委 and 科长 had put eight procedure clauses before 第八条 (r28)
    ("纪委监委案管室的，问个基础的：拟对一名科长给记大过，政务处分期是多长？从哪天开始算？", "（三）记大过，十八个月"),
    # "a serious demerit" says "demerit" too: 记过's line had been quoted for it
    ("How long is the sanction period for a serious demerit?", "（三）记大过，十八个月"),
])
def test_a_period_asked_by_its_name_is_answered_by_the_clause_setting_it(assistant, question, period):
    answer = assistant.ask(question)
    assert not answer.refused
    assert (PS, "第八条") in _cited(answer)
    assert period in answer.answer
    assert "（二）记过，十二个月" not in answer.answer


def test_a_why_question_resting_on_a_figure_given_to_the_wrong_party_is_corrected(assistant):
    # 第九条: 30 days for 机关、事业单位, 60 for 大型企业. The user's comparison ("比…还严格")
    # had made the claim read as the sentence on 机关 (r58).
    answer = assistant.ask(
        "为什么《保障中小企业款项支付条例》第九条要求大型企业必须在30日内向中小企业付款，比机关、事业单位的要求还严格？"
    )
    assert answer.refused
    assert "第九条规定的是60日，不是30日" in answer.answer


@pytest.mark.parametrize("question", [
    # another frequency than the clause's (第十八条: 每年3月31日前), before a semicolon (r59)
    "The SME payment regulation requires government agencies to publish their overdue SME payments every quarter; "
    "what must each quarterly disclosure contain?",
    # a body the notice never names, told as what it directs (r58)
    "Since the NDRC's 2023 notice directs the Ministry of Finance to keep a public blacklist of local governments "
    "that default on contracts, how can we search that blacklist for the district we supply?",
    # a frequency the named article does not set (第三十条: 年度培训计划, r63)
    "办法第三十条要求央企每季度组织一次全员合规培训，这个频次对二级子公司也适用吗？",
    # bodies said to have issued a document together that its record does not name (r60)
    "The Central SOE Compliance Management Measures were jointly issued by SASAC and the NDRC, and the chief "
    "compliance officer reports to the board of directors, right?",
    # a contract between private firms, which no document governs (off-topic exemplars, session 30)
    "两家私营公司的买卖合同里约定了香港仲裁，这个仲裁条款有效吗？",
    # a fee no clause on complaints mentions (r59)
    "Is there a filing fee for an SME to lodge an arrears complaint with the complaint-receiving department under "
    "the SME payment regulation?",
    # an issuer the report does not record: a local government (r70)
    "Since the Guangzhou guidelines were promulgated by the Guangzhou Municipal People's Government as a normative "
    "document, are they legally binding on enterprises?",
    # a count the item named does not give ("selecting representative private enterprises": r70)
    "Under item (8) of the NDRC notice, how many representative private enterprises has the NDRC actually selected "
    "as monitoring points?",
    # a figure a law is said to set, taken up again as given (第八条: 警告，六个月; r68)
    "政务处分法里“警告”的处分期是十二个月，这十二个月是从处分决定作出那天开始算，还是另外算？",
    # a rate per mille no clause states (第十七条: 每日利率万分之五; r76)
    "Since the SME payment regulation sets default late-payment interest at 1‰ per day when the contract says "
    "nothing, how much can we claim on ¥80,000 paid 60 days late?",
    # an issuer the measures' heading does not record, the NDRC named again after (r82)
    "《中央企业合规管理办法》是国家发改委2022年发布的，那发改委对合规管理不到位的央企可以采取哪些措施？",
    # what the user quotes of a named article (第九条: 最长不得超过60日; r77)
    "按照《保障中小企业款项支付条例》第九条“约定付款期限最长不得超过90日”的规定，我省政府采购合同范本中的付款条款应当如何表述？",
])
def test_a_question_resting_on_what_the_documents_do_not_say_is_refused(assistant, question):
    assert assistant.ask(question).refused


@pytest.mark.parametrize(("question", "clause"), [
    # "只对其中一批的质量有意见" is 部分存在争议 (r58)
    ("我们给一家国企分三批发了货，他们只对其中一批的质量有意见，却说三批的钱都要等这件事谈妥了再一起结。这样合理吗？",
     (SME, "第十五条")),
    # a meal at a restaurant and cartons of cigarettes for the official are 宴请 and 礼品 (r62)
    ("下个月乡里要定二期工程用谁家的料，俺寻思着请管项目的那个站长去县里好点的饭店吃一顿，走的时候后备箱塞两条好烟"
     "两瓶酒，让他到时候照顾照顾。俺这么干算不算违法？他要是收了，他那头会怎么样？",
     ("cn_law_public_official_sanctions_2020.txt", "第三十四条")),
    # prizes, trial programmes and a badge are the notice's awards, pilots and titles (r59)
    ("If a large municipality keeps going back on its word to businesses, could it miss out on prizes and trial "
     "programmes handed out by the national planning agency, or even lose a badge it already holds?",
     (NDRC, "III.(4)")),
])
def test_everyday_words_reach_the_clause_in_the_documents_words(assistant, question, clause):
    answer = assistant.ask(question)
    assert not answer.refused
    assert (answer.citations[0].document, answer.citations[0].article) == clause


def test_a_rule_asked_back_before_a_story_is_checked_against_the_article(assistant):
    # "第九条不是规定…30天…嘛" asks back about 第九条, which gives 大型企业 60 days (r62)
    answer = assistant.ask(
        "《保障中小企业款项支付条例》第九条不是规定大型企业收了货30天内就得付钱嘛，俺给国企送的货到今天是第45天，"
        "按说已经超了半个月了。这超的15天利息咋算，从第31天开始算对不对？"
    )
    assert answer.refused
    assert "第九条规定的是60日，不是30日" in answer.answer


def test_a_chinese_question_reaches_the_report_paragraph_on_missed_targets(assistant):
    # 客观原因, 宽限期 and 目标 are the report's "objective reasons", "grace period", "targets" (r58)
    answer = assistant.ask("广州第二批政商交往指引：企业因为客观原因没有完成招商协议里的目标，会怎么处理？")
    assert not answer.refused
    assert "grace period" in answer.citations[0].quote


def test_a_question_in_cantonese_is_answered_as_asked(assistant):
    # read in Mandarin (几多日 → 多少日, 畀钱 → 给钱), answered from 第九条, the question kept as asked
    question = "机关喺货物交付之后要几多日内畀钱？"
    answer = assistant.ask(question)
    assert answer.question == question
    assert not answer.refused
    assert (answer.citations[0].document, answer.citations[0].article) == (SME, "第九条")
    # ... and refused as a Mandarin question would be: statistics no document reports (r76)
    assert assistant.ask("广州嗰两批政商交往指引出台之后，有几多个官员因为收企业礼物而被处分？有冇统计数字？").refused


def test_a_question_in_traditional_characters_is_answered_as_asked(assistant):
    # A Macau user's question (r88): the document she names in Traditional characters is found,
    # and the answer quotes 第九条; the question is kept as she wrote it
    question = "按《保障中小企業款項支付條例》，機關從中小企業採購貨物，最遲要在幾多日內付款？"
    answer = assistant.ask(question)
    assert answer.question == question
    assert not answer.refused
    assert (answer.citations[0].document, answer.citations[0].article) == (SME, "第九条")
    # ... and refused as a question in Simplified would be: no document predicts a lawsuit
    assert assistant.ask("我們打算起訴區政府違約，以這些文件的規定來看，勝訴的機會有多大？").refused


def test_a_document_named_by_its_number_is_not_an_article_whose_figures_are_checked(assistant):
    # The document number finds the notice's heading, as a named article finds the article; but
    # only an article or item named must state the figure asked of it (the heading has no date).
    answer = assistant.ask("When was the NDRC government integrity notice issued, and what is its document number?")
    assert not answer.refused
    assert "[2023] No. 1103" in answer.citations[0].quote


def test_what_the_user_says_of_their_own_company_is_no_premise_to_refuse_on(assistant):
    # "We qualify as an SME…" and the local government's demand are the story (r81, r82), not
    # claims about the documents: the first is answered with 第十七条's rate, and the second is
    # not refused for a figure (500元) no clause states
    rate = assistant.ask(
        "We qualify as an SME under the Chinese size standards. A large state-owned customer paid our Guangzhou "
        "entity 45 days late and the contract says nothing about late-payment interest. What rate can we claim "
        "under the SME payment regulations?"
    )
    assert not rate.refused
    assert any(c.article == "第十七条" for c in rate.citations)
    assert not assistant.ask("镇里想搞个“诚信示范企业”评选，要求辖区企业都得报名，每家交500元评审费。这种做法有没有问题？").refused


def test_a_claim_is_read_in_the_document_it_is_said_of_not_in_one_whose_issuer_it_names(assistant):
    # "The law lets the NDRC strip a city…" is the law's word, which says no such thing; the NDRC
    # notice, which restricts recommendations, is another document (r134)
    answer = assistant.ask(
        "The Private Economy Promotion Law lets the NDRC strip a city of its social-credit demonstration-zone "
        "title for government dishonesty; so which article of the law should I cite for that?"
    )
    assert answer.refused


def test_a_rule_asked_to_be_confirmed_of_an_article_that_refutes_it_is_corrected(assistant):
    # 第六十七条 binds 国有企业 beside 国家机关、事业单位 (r126): the article is quoted against the claim
    answer = assistant.ask("民营经济促进法第六十七条的及时付款义务只约束国家机关和事业单位，不包括国有企业，对吧？")
    assert answer.refused
    assert "国家机关、事业单位、国有企业" in answer.answer
    # ... while one it bears out is answered from it
    answer = assistant.ask("民营经济促进法第六十七条要求国有企业及时向民营经济组织支付账款，对吧？")
    assert not answer.refused


def test_a_rule_said_of_one_article_that_another_states_is_told_where_it_is(assistant):
    # 不得强制要求以审计结果作为结算依据 is 第六十七条's; 第七十条 is on promises and contracts (r141)
    answer = assistant.ask("民营经济促进法第七十条规定国家机关、事业单位、国有企业不得强制要求以审计结果作为结算依据，对吗？")
    assert answer.refused
    assert answer.answer.startswith("问题所说的条文没有作出这一规定，作出这一规定的是《中华人民共和国民营经济促进法》第六十七条")
    # ... and the article that states it confirms it
    answer = assistant.ask("民营经济促进法第六十七条规定国家机关、事业单位、国有企业不得强制要求以审计结果作为结算依据，对吗？")
    assert not answer.refused
    assert answer.citations[0].article == "第六十七条"
