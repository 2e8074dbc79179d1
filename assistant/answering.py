"""Grounded answers without an LLM: the answer is built from the retrieved clauses' own sentences.

Each answer line is one verbatim quote, framed in the question's language and followed by its
citation marker, so every claim in the answer is checkable against the cited clause (a list
item comes with its list's lead-in, the items between left out with an ellipsis). When the
best clause's confidence is below the refusal threshold, the answer says the documents do not
address the question and lists the nearest clauses as related, not as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Iterable

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import TextNode

from .answerability.details import (
    asks_outcome,
    asks_prediction,
    delegated_criteria,
    missing_detail,
)
from .answerability.documents import (
    article_of_unindexed_law,
    asks_of_the_opinions,
    claimed_issuer,
    compares,
    issued_jointly,
    unindexed_act,
    unknown_document,
    wrong_issuer,
)
from .answerability.figures import (
    asked_units,
    asking_part,
    asks_document_number,
    closing_date,
    defines_asked_term,
    lists_asked_kinds,
    missing_count,
    missing_fee,
    missing_frequency,
    missing_quantity,
    of_no_kind_asked,
    of_other_kinds,
    other_bound,
    states_asked_count,
    states_asked_figure,
    states_document_number,
    sub_questions,
)
from .answerability.premises import contradicted_premise
from .answerability.terms import other_field, undefined_term, unknown_batch, unknown_standard, unknown_term
from .answerability.versions import earlier_version, edition_years, later_version, unknown_edition
from .overview import about_document, outline, purpose_clause, purpose_spans
from .retrieval import (
    Candidate,
    ClauseCatalog,
    find_references,
    query_language,
    without_references,
    written_articles,
)
from .schema import Answer, Citation
from .sentences import Span, elided, lead_in, sentence_spans, with_list_context
from .settings import AnswerSettings
from .tokenizing import colloquial_entries_in, formal_terms, tokenize, translate_terms, whole_words
from .topic import off_the_subject
from .verification import parties_named

MAX_TITLE_IN_ANSWER = 40
CLOSE_ANSWER_SCORE = 0.05


@dataclass
class _ScoredClause:
    candidate: Candidate
    spans: list[Span]
    scores: list[float]  # how well each sentence answers the question
    # False when the question asks for a figure (days, yuan) that this clause does not state,
    # or for the meaning of a term that this clause does not define.
    of_asked_kind: bool = True
    # The sentences that best answer one part of a question asking several things: each is
    # quoted, as 第八条 answers "处分期是多久？" with its list and "从哪天开始算？" with its last
    # sentence.
    part_answers: set[int] = field(default_factory=set)

    @property
    def answer_score(self) -> float:
        return 0.5 * self.candidate.confidence + 0.5 * max(self.scores)

REFUSAL = {
    "zh": "文件中没有找到回答这个问题的规定。以下条款与问题相关，但不是答案。",
    "en": "The documents do not address this question. The nearest clauses are shown as "
    "related, not as an answer.",
}
# After a contradicted premise is corrected, "the documents do not address this question"
# would deny what the correction just quoted them saying.
AFTER_CORRECTION = {
    "zh": "以下是相关条款的原文。",
    "en": "The clauses are shown below as written.",
}
# Why a refusal happened, when a check (not low confidence) decided it.
REFUSAL_REASON = {
    "not indexed": {
        "zh": "问题提到的{name}不在已索引的文件中。",
        "en": "The question names {name}, which is not among the indexed documents.",
    },
    "not found": {
        "zh": "已索引的文件中没有出现{name}这一说法。",
        "en": "None of the indexed documents uses the term {name}.",
    },
    "reranker": {
        "zh": "重排序模型判断，最接近的几条条款都没有回答这个问题。",
        "en": "The reranker judged that none of the nearest clauses answers this question.",
    },
    "term not defined": {
        "zh": "文件使用了“{name}”这一说法，但没有对它作出定义。",
        "en": "The documents use “{name}” but do not define it.",
    },
    "asked-for figure not stated": {
        "zh": "相关条款没有规定问题所问的具体数额或期限。",
        "en": "The nearest clauses do not state the figure the question asks for.",
    },
    # "多久一次", "how often": a period would not answer it either
    "asked-for frequency not stated": {
        "zh": "相关条款没有规定问题所问的频次（多久一次）。",
        "en": "The nearest clauses do not say how often, which the question asks.",
    },
    "asked-for detail not stated": {
        "zh": "相关条款没有说明{name}。",
        "en": "The nearest clauses do not mention {name}, which the question asks about.",
    },
    "earlier version": {
        "zh": "问题问的是文件修订前的版本，索引中只有现行文本，不能据此回答。",
        "en": "The question asks about an earlier version of a document; the index holds only "
        "the current text, which cannot answer it.",
    },
    "later version": {
        "zh": "问题问的是文件此后的修订；索引中的文本没有记载任何修订，不能据此说明文件是否或如何修改过。",
        "en": "The question asks about later amendments of a document; the indexed text records "
        "none, so it cannot say whether or how the document has been amended since.",
    },
    "other edition": {
        "zh": "问题问的是{name}年的文件版本；已索引的文件都没有提到这一年，不能据此回答。",
        "en": "The question asks about a {name} edition of a document; no indexed document "
        "mentions {name}, so they cannot answer it.",
    },
    "delegated criteria": {
        "zh": "相关条款没有规定具体标准，而是交由其他规定确定：“{name}”；那一规定不在已索引的文件中。",
        "en": "The nearest clause sets no criteria of its own; it leaves them to another rule, "
        "which is not indexed: “{name}”",
    },
    "upper bound not stated": {
        "zh": "相关条款只规定了下限，没有规定问题所问的上限：“{name}”",
        "en": "The clause sets only a minimum, not the maximum the question asks for: “{name}”",
    },
    "lower bound not stated": {
        "zh": "相关条款只规定了上限，没有规定问题所问的下限：“{name}”",
        "en": "The clause sets only a maximum, not the minimum the question asks for: “{name}”",
    },
    "wrong issuer": {
        "zh": "问题所说的发文机关与文件的记载不符：“{name}”",
        "en": "The issuer the question names differs from what the documents record: “{name}”",
    },
    "premise not stated": {
        "zh": "相关条款没有规定问题中所说的数额、期限、日期或频次，请以下列条款原文为准。",
        "en": "No clause states the figure the question asks to confirm; "
        "read the clauses below as written.",
    },
    "premise figure not stated": {
        "zh": "没有条款规定问题中当作前提的数额、期限、日期或频次，请以下列条款原文为准。",
        "en": "No clause states the figure the question takes as given; read the clauses below as written.",
    },
    "premise duty not stated": {
        "zh": "没有条款规定问题中所说的这项义务，请以下列条款原文为准。",
        "en": "No clause imposes the duty the question assumes; read the clauses below as written.",
    },
    "premise not in document": {
        "zh": "在问题所说的文件中没有找到问题所述的这一规定，请以下列条款原文为准。",
        "en": "No clause found in the document the question cites states what the question "
        "says it does; read the clauses below as written.",
    },
    # The detail: the article that does state it ("《…》第六十七条")
    "premise in another article": {
        "zh": "问题所说的条文没有作出这一规定，作出这一规定的是{name}，请以下列条款原文为准。",
        "en": "The article the question names does not say this; {name} does. Read the clauses below as written.",
    },
    "no such article": {  # in any document searched: all, or those the user chose
        "zh": "所查的文件中没有{name}。",
        "en": "None of the documents searched has {name}.",
    },
    # The objection's detail: "<the article as written>|<the title of the document searched>"
    "no such article in document": {
        "zh": "《{title}》中没有{ref}。",
        "en": "{title} has no {ref}.",
    },
    "off topic": {
        "zh": "这个问题不属于已索引文件涉及的范围，文件中没有可以回答它的内容。",
        "en": "The question is about something the indexed documents do not cover, so they "
        "cannot answer it.",
    },
    "outcome": {
        "zh": "文件规定的是规则，不报告规则实施的效果或统计数据。",
        "en": "The documents state rules; they do not report what the rules achieved or any statistics.",
    },
    "prediction": {
        "zh": "文件规定的是规则，不能预测具体案件的结果。",
        "en": "The documents state rules; they cannot say how a particular case will turn out.",
    },
    "premise contradicted": {
        "zh": "相关条款的规定与问题中的说法不一致，请以下列条款原文为准。{name}",
        "en": "The clauses say something different from the question's premise; "
        "read the clauses below as written. {name}",
    },
    "premise too broad": {
        "zh": "没有条款说这一规定适用于问题所说的全部对象（或只适用于其中一部分），请以下列条款原文为准。",
        "en": "No clause says the rule reaches as far (or stops as short) as the question assumes; "
        "read the clauses below as written.",
    },
}
EMPTY_INDEX = {
    "zh": "索引中还没有文件。请先运行 `assistant ingest corpus/` 建立索引。",
    "en": "Nothing is indexed yet. Run `assistant ingest corpus/` first.",
}


DOCUMENT_NUMBER = {"zh": "文号", "en": "a document number"}


class ExtractiveAnswerer:
    def __init__(
        self,
        embed_model: BaseEmbedding,
        settings: AnswerSettings,
        page_at: Callable[[str, int], int | None],
    ) -> None:
        self.embed_model = embed_model
        self.settings = settings
        self.page_at = page_at  # (document, offset) -> page

    def answer(
        self,
        question: str,
        candidates: list[Candidate],
        catalog: ClauseCatalog,
        focus: str | None = None,
        objection: str | None = None,
        asked: str | None = None,
    ) -> Answer:
        """Answer ``question`` from ``candidates``; ``focus`` is what a follow-up itself asks
        ("那大型企业呢？") when ``question`` carries the conversation; ``objection`` is a reason
        to refuse found by the caller (a REFUSAL_REASON key, e.g. the question's premise);
        ``asked`` is what the question asks beyond a premise it takes as given ("既然X，那Y？"
        → "那Y？"): quotes are chosen by its words, not the premise's."""
        language = query_language(question)
        # A question asking "how many days" is answered by a clause that states days, one
        # asking for a document's number by the heading that states it: among the retrieved
        # clauses, those come first (stable, so retrieval order breaks ties).
        candidates = sorted(
            candidates,
            key=lambda c: states_asked_figure(question, c.node.get_content()) is False
            or _states_number(question, c.node, c.node.get_content()) is False,
        )
        confidence = max((c.confidence for c in candidates[:3]), default=0.0)
        reranker_score = max(
            (c.reranker_score for c in candidates[:3] if c.reranker_score is not None), default=None
        )
        if not candidates:
            return Answer(question=question, answer=EMPTY_INDEX[language], refused=True)
        # The documents the question names ("按照发改委那份通知…"), asked once: the refusal
        # checks read their figures there, and the answer quotes only them.
        named = catalog.asked_documents(question)
        if objection is None and (whole := self._about_document(question, named, catalog)):
            return whole
        if objection is None:
            candidates = self._with_figure_beside(question, candidates, catalog)
        objection = objection or self._objection(question, candidates, catalog, named)
        if objection or confidence < self.settings.threshold_for(language):
            # Asked of one document ("When did the NDRC notice take effect?"), the nearest
            # clauses shown are that document's, not other laws' effective dates.
            nearest = [c for c in candidates if c.node.metadata.get("document") in named] or candidates
            # ... and the article the user named comes first, wherever the figure sort put it.
            nearest = sorted(nearest, key=lambda c: not c.exact)
            related = self._related(question, focus or question, nearest[:3], catalog, asked)
            text = REFUSAL[language]
            if objection:
                key, fields = _reason(objection)
                corrects = key in ("premise contradicted", "premise in another article")
                tail = AFTER_CORRECTION[language] if corrects else text
                text = REFUSAL_REASON[key][language].format(**fields) + " " + tail
            if objection == "off topic":  # no clause is even related
                related, text = [], REFUSAL_REASON[objection][language]
            return Answer(
                question=question,
                answer=text,
                refused=True,
                related=related,
                confidence=confidence,
                reranker_score=reranker_score,
            )
        scored = self._score_sentences(question, focus or question, candidates, catalog, asked)
        # "发改委那份通知要求…用哪些手段惩戒失信？" asks what that notice says: another law's
        # clause on the same topic is no answer, however well its sentence matches (dev split:
        # evidence hit +1, nothing lost).
        scored = [c for c in scored if c.candidate.node.metadata.get("document") in named] or scored
        # A paragraph that only asks ("How to grasp the boundaries between what can and cannot
        # be done?", a report's heading) or names who speaks next answers nothing, however well
        # it matches.
        scored = [c for c in scored if any(_may_answer(c.spans, i) for i in range(len(c.spans)))] or scored
        # "处分期有多长？在这期间还能提拔、涨工资吗？" asks two things: a clause answering either is
        # of the kind asked for, and each one's best clause is quoted. (Of a follow-up, the parts
        # it asks itself: "那撤职呢？" after "警告的期间是多久？" asks one thing.)
        parts = sub_questions(focus or question)
        # A figure asked of one kind of a listed set ("记大过的话，处分期是多久？从哪天开始算？")
        # is not stated by a clause naming no kind of that set, whichever part it answers:
        # 第九条's 30 days (from delivery) are a payment term, and not quoted at all.
        if asked_units(question):
            kept = [
                c for c in scored
                if not of_no_kind_asked(c.candidate.node.get_content(), question, catalog.kind_sets)
            ]
            scored = kept or scored
        for clause in scored:
            clause.of_asked_kind = any(
                _of_asked_kind(part, clause.candidate.node, catalog.kind_sets) for part in parts or [question]
            )
        chosen = self._choose_clauses(scored, asked_units(question) == {"date"})
        if parts and not any(c.candidate.exact for c in chosen):
            chosen = self._covering(question, parts, chosen, scored, catalog)
        picks = self._choose_quotes(chosen, question, catalog.kind_sets)
        lead = _lead(chosen, scored)
        if lead < len(picks):  # a clause left without quote budget cannot lead
            picks.insert(0, picks.pop(lead))  # what is quoted stays; which quote comes first
        citations: list[Citation] = []
        lines: list[str] = []
        for candidate, spans, shown in picks:
            citation_id = len(citations) + 1
            if candidate.exact and not asks_document_number(question):
                # The user asked for this clause: quote all of it (asked for the number a
                # document's heading states, the sentence stating it).
                spans = sentence_spans(candidate.node.get_content())
                shown = ""
            # The citation quotes the whole span; the answer line may leave out what lies
            # between a list's lead-in and the item quoted.
            quote_span = Span(spans[0].start, spans[-1].end, "")
            citations.append(self._citation(citation_id, candidate, quote_span))
            lines.append(_frame(language, candidate, shown or citations[-1].quote, citation_id))
        return Answer(
            question=question,
            answer="\n".join(lines),
            refused=False,
            citations=citations,
            confidence=confidence,
            reranker_score=reranker_score,
        )

    def _about_document(self, question: str, named: set[str], catalog: ClauseCatalog) -> Answer | None:
        """The answer to a question about one named document as a whole ("民营经济促进法的立法
        目的是什么？", "What is the SASAC compliance measures about?", "政务处分法一共有几章？"):
        the sentence stating the document's purpose, quoted and cited, and for what it covers
        or how it is laid out, the headings of its chapters or parts. None for any other
        question, or a document stating neither."""
        if len(named) != 1:  # most questions: name no document, so read no further
            return None
        about = about_document(
            question,
            named,
            catalog.without_document_names(question),
            set().union(*(catalog.document_aliases.get(d, set()) for d in named)),
        )
        if about is None:
            return None
        node = purpose_clause(about.document, catalog.nodes)
        headings = outline(about.document, catalog.nodes) if about.aspects & {"overview", "outline"} else []
        if node is None and not headings:
            return None
        language = query_language(question)
        lines: list[str] = []
        citations: list[Citation] = []
        if node is not None:
            spans = purpose_spans(node.get_content())
            candidate = Candidate.named(node)
            citations.append(self._citation(1, candidate, Span(spans[0].start, spans[-1].end, "")))
            lines.append(_frame(language, candidate, citations[0].quote, 1))
        if headings:
            line = _outline_line(language, about.document, catalog, headings)
            # Asked how it is laid out, the outline is the answer; else the purpose leads.
            lines.insert(0 if about.aspects == {"outline"} else len(lines), line)
        return Answer(question=question, answer="\n".join(lines), refused=False, citations=citations, confidence=1.0)

    def _covering(
        self,
        question: str,
        parts: list[str],
        chosen: list[_ScoredClause],
        scored: list[_ScoredClause],
        catalog: ClauseCatalog,
    ) -> list[_ScoredClause]:
        """``chosen`` with the clause that best answers each part of a question of several
        (read with the user's story before the questions, and in its own words), in the place
        of the last ones chosen for the whole question when the clauses would be too many."""
        story = question
        for part in parts:
            story = story.replace(part, " ")
        wanted: list[_ScoredClause] = []
        for part in parts:
            by_part = self._score_sentences(f"{story} {part}", part, [c.candidate for c in scored], catalog)
            best = max(
                range(len(by_part)),
                key=lambda j: (
                    _of_asked_kind(f"{story} {part}", by_part[j].candidate.node, catalog.kind_sets),
                    by_part[j].answer_score,
                ),
            )
            if by_part[best].candidate.confidence < self.settings.refusal_threshold:
                continue  # no clause answers this part: the others are still answered
            clause = next(c for c in scored if c.candidate is by_part[best].candidate)
            # (a sentence asking a question, as reports' headings do, answers none; nor does
            # one of another kind than the story names: 降级's period for a 记过)
            part_scores, spans = by_part[best].scores, by_part[best].spans
            answering = _answering(spans, range(len(spans)))
            of_kind = [
                i for i in answering if not of_other_kinds(spans[i].text, f"{story} {part}", catalog.kind_sets)
            ]
            clause.part_answers.add(max(of_kind or answering, key=part_scores.__getitem__))
            if all(clause is not c for c in wanted):
                wanted.append(clause)
        others = [c for c in chosen if all(c is not w for w in wanted)]
        kept = others[: max(self.settings.max_clauses - len(wanted), 0)]
        merged = [c for c in chosen if any(c is w for w in wanted + kept)]
        return merged + [w for w in wanted if all(w is not c for c in merged)]

    def _related(
        self,
        question: str,
        focus: str,
        candidates: list[Candidate],
        catalog: ClauseCatalog,
        asked: str | None,
    ) -> list[Citation]:
        """The nearest clauses of a refusal, each quoted at the sentence nearest the question
        (a list item with its lead-in), scored as an answer's are: the reader checking why the
        documents do not answer sees the sentence that comes closest, not the clause's opening
        ("警告的期间是十二个月，对吗？" shows "警告，六个月；", not 第八条's lead-in)."""
        related = []
        for i, clause in enumerate(self._score_sentences(question, focus, candidates, catalog, asked), 1):
            best = max(range(len(clause.spans)), key=clause.scores.__getitem__)
            quoted = with_list_context(clause.spans, [best])
            span = Span(clause.spans[quoted[0]].start, clause.spans[quoted[-1]].end, "")
            related.append(self._citation(i, clause.candidate, span))
        return related

    def _objection(
        self, question: str, candidates: list[Candidate], catalog: ClauseCatalog, named: set[str]
    ) -> str | None:
        """Why the clauses cannot answer although they may be on topic (see answerability).
        The best three clauses are judged; a figure asked of a document the question names
        ("按照发改委那份通知，多久…") must be stated by that document's clauses, not another's."""
        # Whether the document asked about (named, or the nearest clause's) records revisions:
        # one that does not cannot say how it was amended since ("最新修订改了什么").
        asked_of = named or ({candidates[0].node.metadata.get("document")} if candidates else set())
        later = later_version(
            question, (n.get_content() for n in catalog.nodes if n.metadata.get("document") in asked_of)
        )
        if later:
            return later
        # even "原第八条": today's 第八条 is another text (the current editions' years are read
        # only for a question that seems to ask about an earlier one)
        if earlier_version(question) and earlier_version(question, _current_years(catalog, named)):
            return "earlier version"
        # (a document not indexed compared with an article that is: "2018年印发的《中央企业合规
        # 管理指引（试行）》…与《中央企业合规管理办法》第十八条相比有哪些不同？", r44; named in
        # passing, "（属《监察法》第十五条规定的国有企业管理人员）", it is no objection to the
        # article asked about)
        other_document = (
            unknown_edition(question, catalog.normalized_text)
            or self._wrong_issuer(question, catalog)
            or (unknown_document(question, catalog.titles) if compares(question) else None)
            or asks_of_the_opinions(question, catalog.titles)
            # (asked of alone: "政务处分法第二十三条所说的监察法第十五条…" asks of an indexed article)
            or (article_of_unindexed_law(question, catalog.normalized_text) if not named else None)
        )
        if other_document:
            return other_document
        # A figure asked of an article the user names ("Under Article 52…, what's the maximum
        # length of such a suspension?", "第四十五条…调整期最短多少天？": r18) must be stated by
        # it, wherever the clauses stating other figures were sorted (before it, as stating the
        # unit asked for); otherwise the article is shown as related. (A document's number finds
        # its heading, which need not state its date.)
        # So must a frequency, a count or a detail asked of it ("第八条…评价体系具体有哪些一级
        # 指标、各占多少权重？": r39; "第二十七条…评价频次是每年一次还是每三年一次？": r44), and of
        # an item named ("Under item (8) of the NDRC notice, how many…": r70).
        exact = [c for c in candidates if c.exact]
        if exact and find_references(question):
            texts = self._named_clause_texts(exact, catalog)
            unstated = (
                missing_quantity(question, texts)
                or missing_frequency(question, texts)
                or missing_fee(question, texts, query_language(question))
                # "Under item (8) …, how many representative private enterprises has the NDRC
                # selected as monitoring points?" (r70): 选取一批 counts none
                or missing_count(question, texts)
                or missing_detail(question, texts, query_language(question))
            )
            if unstated:
                return unstated
        # How a case will turn out no clause says, whichever the user names ("对方依据…第九条、
        # 第十七条主张…请评估我方胜诉的概率有多大？": r50).
        prediction = asks_prediction(question)
        if prediction:
            return prediction
        if any(c.exact for c in candidates[:3]):
            return None  # the user named the clause; show it
        # A cross-encoder, when one is configured, judges whether a clause answers the
        # question (settings: answer.reranker_min_score).
        floor = self.settings.reranker_min_score
        judged = [c.reranker_score for c in candidates[:3] if c.reranker_score is not None]
        if floor is not None and judged and max(judged) < floor:
            return "reranker"
        # About something else entirely ("How do I file for divorce?"), unless it names one
        # of the documents: a question asked of a document is on its subject, however worded.
        # One naming nothing of the subject at all is judged off it sooner, one naming an
        # official or a public body later (topic.py).
        # (Judged only when a margin is in force for the model: components.off_topic_margin.)
        margin, off_topic = self.settings.off_topic_margin, candidates[0].off_topic
        if margin is not None and off_topic is not None and not named:
            if off_the_subject(question, off_topic, margin):
                return "off topic"
        # The user named an article that is not there ("第九十九条", "Article 500 of the SME
        # regulations"): the nearest clauses would share only the number's characters. (Any
        # candidate, not the first three: those stating an asked-for figure were put first.)
        written = written_articles(question)
        if written and not any(c.exact for c in candidates):
            # The document the question names, or the one it was limited to.
            documents = named or {c.node.metadata.get("document") for c in candidates}
            titles = {
                c.node.metadata.get("title", "")
                for c in candidates
                if c.node.metadata.get("document") in documents
            }
            if len(titles) == 1:
                return f"no such article in document: {written[0]}|{titles.pop()}"
            return f"no such article: {written[0]}"
        if asks_document_number(question) and named and not any(
            catalog.doc_number(document) for document in named
        ):  # "民营经济促进法的文号是什么": a law passed by the NPC is issued under no 文号
            return f"asked-for detail not stated: {DOCUMENT_NUMBER[query_language(question)]}"
        texts = [c.node.get_content() for c in candidates[:3]]
        # A figure is asked about what the question names besides the document: "Under the SME
        # payment regulations, the maximum performance bond as a percentage…" is not answered by
        # a fragment on interest sharing 支付 with the regulation's name (r15, r20).
        # (A date is asked of the document itself: "When was the … Law adopted?" is answered by
        # its heading, which shares only the name's words with the question.)
        unnamed = question if "date" in asked_units(question) else catalog.without_document_names(question)
        figure_texts = texts
        if len(named) == 1:
            figure_texts = [
                c.node.get_content() for c in candidates if c.node.metadata.get("document") in named
            ]
        return (
            asks_outcome(question)
            or unknown_document(question, catalog.titles)
            or unindexed_act(question, lambda name: bool(catalog.named_documents(name)))
            or unknown_term(question, catalog.normalized_text, lambda term: bool(catalog.named_documents(term)))
            or other_field(question, catalog.normalized_text)
            or unknown_standard(question, catalog.normalized_text)
            or undefined_term(question, catalog.normalized_text, catalog.headings)
            or unknown_batch(question, catalog.normalized_text)
            or delegated_criteria(question, texts)
            or other_bound(unnamed, figure_texts[:1])
            or missing_quantity(unnamed, figure_texts)
            or missing_frequency(question, figure_texts)
            or missing_fee(question, figure_texts, query_language(question))
            or missing_count(question, figure_texts)
            or missing_detail(question, figure_texts, query_language(question))
            or contradicted_premise(question, texts)
        )

    def _with_figure_beside(
        self, question: str, candidates: list[Candidate], catalog: ClauseCatalog
    ) -> list[Candidate]:
        """``candidates``, with the clause beside a named article put first, as if named, when
        the article does not state the figure asked of it and that clause does, in a fragment
        sharing two words with the sentence asking for it. The user misremembered the number
        ("优化营商环境条例第六十三条…公开征求意见，期限一般不少于多少天？" is 第六十二条's 30日), or
        the rule runs over both (第十条 says from when a payment term runs, 第九条 how long it
        is). One word is not enough: the clauses of a chapter share its subject, not the figure."""
        named = [c for c in candidates if c.exact]
        if not named or not written_articles(question):
            return candidates
        if not missing_quantity(question, self._named_clause_texts(named, catalog)):
            return candidates
        topic = without_references(asking_part(question))  # not the story's words
        named_ids = {c.node.node_id for c in named}
        for candidate in named:
            for node in catalog.beside(candidate.node):
                if node.node_id in named_ids or missing_quantity(topic, [node.get_content()], shared=2):
                    continue
                retrieved = next((c for c in candidates if c.node.node_id == node.node_id), None)
                beside = replace(retrieved, exact=True) if retrieved else Candidate.named(node)
                return [beside, *(c for c in candidates if c is not retrieved)]
        return candidates

    @staticmethod
    def _named_clause_texts(named: list[Candidate], catalog: ClauseCatalog) -> list[str]:
        """The texts of the clauses the question names (``named``), each with the clause defining
        a period it rules by (第十九条's 政务处分期 is 第八条's): where a figure asked of them must
        be stated.
        Not the clauses beside them, which state other figures for other acts (第五十四条's
        "最长不得超过六个月" is no length of 第五十二条's suspension)."""
        texts = []
        for candidate in named:
            texts.append(candidate.node.get_content())
            texts += [
                catalog.nodes[catalog.position[defining]].get_content()
                for defining in catalog.period_definers(candidate.node)
            ]
        return texts

    @staticmethod
    def _wrong_issuer(question: str, catalog: ClauseCatalog) -> str | None:
        """The question says a body issued a document ("the Guangzhou Guidelines were put out
        by the city's SASAC") that the document's record of its issuer does not name."""
        document = catalog.issued_document(question)
        if document is None:
            return None
        _, claimed = claimed_issuer(question)
        nodes = [n for n in catalog.nodes if n.metadata.get("document") == document]
        recorded = wrong_issuer(
            claimed,
            str(nodes[0].metadata.get("issuer") or ""),
            [n.get_content() for n in nodes],
            issued_jointly(question),
        )
        return f"wrong issuer: {recorded}" if recorded else None

    def _score_sentences(
        self,
        question: str,
        focus: str,
        candidates: list[Candidate],
        catalog: ClauseCatalog,
        asked: str | None = None,
    ) -> list[_ScoredClause]:
        """Every sentence of every candidate clause scored against the question: half the
        share of its (idf-weighted) words, in whichever language the sentence matches better,
        half embedding similarity. Both read the question as retrieval does, with the
        documents' words for everyday ones (吃饭 → 宴请; dev split: evidence hit 0.796 → 0.817,
        required facts 0.755 → 0.775)."""
        per_clause = [(c, sentence_spans(c.node.get_content())) for c in candidates]
        texts = [s.text for _, spans in per_clause for s in spans]
        if not texts:
            return []
        q_vec = np.array(self.embed_model.get_query_embedding(catalog.reworded(question)))
        s_vecs = self._sentence_vectors(per_clause, texts, catalog)
        sims = s_vecs @ q_vec / (np.linalg.norm(s_vecs, axis=1) * np.linalg.norm(q_vec) + 1e-9)
        # A premise's words would pick the sentence that states the premise (dev split: no
        # figure changed; "…记过…十二个月，那记大过呢？" now quotes 记大过，十八个月). A document's
        # name would pick its scope clause ("本办法适用于国资委…中央企业" for "under the SASAC
        # measures…"; dev: evidence hit 303 → 304, first quote 267 → 270 of 332).
        wordings = set(map(catalog.without_document_names, {asked} if asked else {question, focus}))
        lexical_terms = [_weighted_terms(wording, catalog) for wording in wordings]
        scored, k = [], 0
        for candidate, spans in per_clause:
            scores = []
            span_words = [set(tokenize(span.text)) for span in spans]
            for i in range(len(spans)):
                words = span_words[i]
                # An item is read with its lead-in, as it is quoted: "（二）记过，十二个月；"
                # answers "how long is the sanction period for a demerit" under "政务处分的期间为：".
                lead = lead_in(spans, i)
                if lead is not None:
                    words = words | span_words[lead]
                # The follow-up's own words count as much as the whole conversation's.
                lexical = sum(
                    max(_share(weights, total, words) for weights, total in sides)
                    for sides in lexical_terms
                ) / len(lexical_terms)
                scores.append(0.5 * lexical + 0.5 * float(sims[k]))
                k += 1
            if spans:
                scored.append(_ScoredClause(candidate, spans, scores))
        return scored

    def _sentence_vectors(
        self, per_clause: list[tuple[Candidate, list[Span]]], texts: list[str], catalog: ClauseCatalog
    ) -> np.ndarray:
        """The sentences' vectors, from the catalog's cache when it holds every clause (the
        same sentences of the same text by the same model), else embedded now. Embedding the
        candidates' sentences again took three quarters of the time of a question."""
        cached = [catalog.sentence_rows(c.node.node_id) for c, _ in per_clause]
        if all(rows is not None and len(rows) == len(spans) for rows, (_, spans) in zip(cached, per_clause)):
            return np.concatenate([rows for rows in cached if len(rows)])
        return np.array(self.embed_model.get_text_embedding_batch(texts))

    def _choose_clauses(
        self, scored: list[_ScoredClause], one_date: bool = False
    ) -> list[_ScoredClause]:
        """Exact article matches, else the clauses whose best sentence answers best, as long
        as they come near the best one; when the question asks for a date (``one_date``),
        only clauses that state it: "when does it take effect" has one answer."""
        exact = [c for c in scored if c.candidate.exact]
        if exact:
            return exact[: self.settings.max_clauses]
        # A clause ranked 4th by retrieval often holds the sentence that answers: rank by both
        # (dev split: evidence hit 0.74 by retrieval order alone, 0.79 with equal weights,
        # 0.77 by the sentence alone), after whether it is of the kind asked for (states the
        # figure, defines the term).
        ranked = sorted(scored, key=lambda c: (c.of_asked_kind, c.answer_score), reverse=True)
        best = ranked[0].answer_score
        chosen = [ranked[0]]
        # Retrieval's own first choice is quoted too when the sentences preferred another
        # clause: fusion ranks the answering clause first more often than any single sentence
        # score does (dev split: evidence hit 0.82 → 0.85, 2.3 → 2.4 clauses per answer).
        first = scored[0]
        if first is not ranked[0] and first.of_asked_kind >= ranked[0].of_asked_kind:
            chosen.append(first)
        for clause in ranked[1:]:
            if len(chosen) >= self.settings.max_clauses:
                break
            if any(clause is c for c in chosen) or (one_date and not clause.of_asked_kind):
                continue
            if (
                clause.candidate.confidence >= self.settings.refusal_threshold
                and clause.answer_score >= 0.8 * best
            ):
                chosen.append(clause)
        return chosen

    def _choose_quotes(
        self, clauses: list[_ScoredClause], question: str, kind_sets: list[frozenset[str]]
    ) -> list[tuple[Candidate, list[Span], str]]:
        """For each clause, the sentence(s) that best answer the question, in text order: for
        "how many days / scenarios", among the sentences that state the number (for the kind
        asked about: 记大过's eighteen months, not 降级's twenty-four), if any do; a list item
        with its lead-in, a lead-in with its list. Each pick is the clause, the sentences the
        quote spans, and the quote as the answer shows it (gaps elided)."""
        picks: list[tuple[Candidate, list[Span], str]] = []
        budget = self.settings.max_sentences
        parties = parties_named(question)  # the parties the question is about, for every clause
        for clause in clauses:
            if budget == 0:
                break
            spans, scores = clause.spans, clause.scores
            stating = [
                i for i, span in enumerate(spans)
                if states_asked_figure(question, span.text, kind_sets)
                or states_asked_count(question, span.text)
                or _states_number(question, clause.candidate.node, span.text)
            ]
            # Of the sentences stating the figure, those of the party the question is about:
            # a large enterprise asking "最长多少天内必须付款" is answered by 第九条's "大型企业…
            # 60日内", not by the sentence before it on 机关、事业单位.
            stating = _of_the_asked_party(parties, spans, stating)
            best = max(_answering(spans, stating or range(len(spans))), key=lambda i: scores[i])
            chosen = sorted([best, *sorted(clause.part_answers - {best})[: budget - 1]])
            # The article's opening sentence states who the rule binds: keep it when the best
            # sentence directly continues it and the budget allows (a quote is one span).
            opening_fits = 0 not in chosen and budget > len(chosen) + 1
            # (Asked for a figure, not when it binds another party than the one asked about:
            # 第九条's 机关、事业单位 beside 大型企业's 60 days.)
            of_the_party = not stating or 0 in _of_the_asked_party(parties, spans, [0, best])
            if best == 1 and opening_fits and of_the_party and scores[0] >= 0.6 * scores[best]:
                chosen = [0, *chosen]
            # A closing date is quoted under the issuer it follows ("National Development and
            # Reform Commission / August 5, 2023"), not alone.
            elif best > 0 and closing_date(spans[best].text):
                if not _ENDS_SENTENCE.search(spans[best - 1].text):  # the issuer's line
                    chosen = sorted({best - 1, *chosen})
            budget -= len(chosen)  # a list's lead-in or items complete a sentence, not add one
            quoted = with_list_context(spans, chosen)
            text = clause.candidate.node.get_content()
            picks.append(
                (clause.candidate, [spans[i] for i in quoted], elided(text, spans, quoted))
            )
        return picks

    def _citation(self, citation_id: int, candidate: Candidate, span: Span) -> Citation:
        node = candidate.node
        text = node.get_content()
        meta = node.metadata
        base = node.start_char_idx or 0
        quote = text[span.start : span.end]
        document = meta.get("document", "")
        page = self.page_at(document, base + span.start)
        return Citation(
            id=citation_id,
            document=document,
            title=meta.get("title") or document,
            doc_number=meta.get("doc_number") or None,
            section=meta.get("section", ""),
            page=page,
            quote=quote,
            text=text,
            score=round(candidate.confidence, 4),
            article=meta.get("article") or None,
            start=base + span.start,
            end=base + span.end,
        )


def _of_the_asked_party(asked: set[str], spans: list[Span], indices: list[int]) -> list[int]:
    """Of ``indices``, the sentences naming most of the parties ``asked`` (the question's; all
    of them when none names any)."""
    if not asked or len(indices) < 2:
        return indices

    def naming(text: str) -> int:  # (机关 is named in "机关、事业单位")
        named = parties_named(text)
        return sum(any(party in other for other in named) for party in asked)

    counts = {i: naming(spans[i].text) for i in indices}
    most = max(counts.values())
    return [i for i in indices if counts[i] == most] if most else indices


def _lead(chosen: list[_ScoredClause], scored: list[_ScoredClause]) -> int:
    """Which of the ``chosen`` clauses to quote first. Answer scores within a few percent of
    the best do not tell clauses apart; among those, the one retrieval ranked first leads,
    as fusion puts the answering clause first more often than a sentence score does (dev
    split: the first quote holds the evidence for 0.645 → 0.672 of answerable questions)."""
    best = chosen[0]
    close = [
        i for i, c in enumerate(chosen)
        if c.of_asked_kind >= best.of_asked_kind
        and c.answer_score >= (1 - CLOSE_ANSWER_SCORE) * best.answer_score
    ]
    rank = {id(c): i for i, c in enumerate(scored)}
    return min(close, key=lambda i: rank[id(chosen[i])])


def _of_asked_kind(question: str, node: TextNode, kind_sets: list[frozenset[str]]) -> bool:
    """Whether the clause is of the kind the question asks for: states the figure or number of
    things asked for (of the kind of sanction asked about), defines the term, lists the kinds,
    states the document number."""
    text = node.get_content()
    lists = lists_asked_kinds(question, text)
    return (
        states_asked_figure(question, text, kind_sets) is not False
        and defines_asked_term(question, text) is not False
        and lists is not False
        # "How many types of sanctions are there?": the list counts them.
        and (states_asked_count(question, text) is not False or lists is True)
        and _states_number(question, node, text) is not False
    )


def _states_number(question: str, node: TextNode, text: str) -> bool | None:
    """Whether ``text`` (of ``node``) states the document number the question asks for."""
    return states_document_number(question, text, node.metadata.get("doc_number"))


def _reason(objection: str) -> tuple[str, dict[str, str]]:
    """The REFUSAL_REASON key of an objection, and the fields its message names (the
    document or term as ``name``; an article and its document as ``ref`` and ``title``)."""
    for suffix in (" not indexed", " not found"):
        if objection.endswith(suffix):
            return suffix.strip(), {"name": objection.removesuffix(suffix)}
    key, _, detail = objection.partition(": ")  # "premise contradicted: <the verifier's reason>"
    if key == "no such article in document":
        ref, _, title = detail.partition("|")
        return key, {"ref": ref, "title": title}
    return key, {"name": detail}


_ASKS_ITSELF = re.compile(r"[？?][”\"’']?\s*$")
# A line ending in a colon introduces what follows: a list (its lead-in) or a speech.
_INTRODUCES = re.compile(r"[:：]\s*$")
# A photo's caption in a report ("Scene of the Integrity and Compliance Lecture Hall.", "图为…")
# says what a picture shows, nothing of the question: the lecture report's was quoted as a
# second citation for "第12期是在哪里举办的".
_CAPTION = re.compile(
    r"^\s*(?:(?:Scene|Photo|Picture|Image)s? (?:of|from)\b|图为|(?:活动)?现场图)", re.IGNORECASE
)


def _may_answer(spans: list[Span], index: int) -> bool:
    """Whether sentence ``index`` may answer: not a photo's caption, nor one that itself asks a
    question (a report's heading, "…how should we effectively…?"), nor a line that only
    introduces what follows without a list of its own ("Wang Xiaobin, General Manager Assistant
    of Guangzhou Metro Group…:", a speaker's name before the speech; r16 quoted it alone)."""
    text = spans[index].text
    introduces_list = index + 1 < len(spans) and lead_in(spans, index + 1) == index
    if _CAPTION.match(text):
        return False
    return not _ASKS_ITSELF.search(text) and not (_INTRODUCES.search(text) and not introduces_list)


def _answering(spans: list[Span], indices: Iterable[int]) -> list[int]:
    """Of ``indices``, the sentences that may answer (`_may_answer`); all of them when none may."""
    indices = list(indices)
    return [i for i in indices if _may_answer(spans, i)] or indices


_ENDS_SENTENCE = re.compile(r"[。！？.!?；;:：]\s*$")


def _weighted_terms(wording: str, catalog: ClauseCatalog) -> list[tuple[list[_Concept], float]]:
    """The (idf) weights of the words of ``wording`` with the documents' wordings for its
    everyday ones (colloquial.tsv), grouped into concepts, and of its glossary translation,
    each with the total a sentence in that language is measured against. A sentence holds the words of one
    language: pooled, "政府换届…合同" scored 第七十条 (政府换届, 合同) below 第九条 (合同 alone) on
    English renderings it could never contain. A translation is measured against at least the
    question's own total, so three translated terms do not make a full match. The question's
    Chinese words count once each, not with their parts: 公务员 + 公职人员 weighed 14 of 22 in
    "可以请公务员吃饭吗" against 宴请's 6 (dev split: evidence hit 0.812 → 0.817, required
    facts 0.775 → 0.784; "失信记录还能撤掉吗" now quotes III.(6) on credit restoration)."""
    text = f"{wording} {formal_terms(wording)}"
    own = {t: catalog.idf.get(t, 1.0) for t in set(whole_words(text, catalog.idf.__contains__))}
    translated = {t: catalog.idf.get(t, 1.0) for t in set(tokenize(translate_terms(text)))}
    own_concepts = _concepts(own, colloquial_entries_in(wording), catalog)
    own_total = sum(c.weight for c in own_concepts) or 1.0
    translated_concepts = [_Concept(frozenset({t}), w) for t, w in translated.items()]
    return [
        (own_concepts, own_total),
        (translated_concepts, max(sum(translated.values()), own_total)),
    ]


@dataclass(frozen=True)
class _Concept:
    """One thing a question asks about, met by any of its words: a word alone, or an everyday
    word with the documents' wordings for it (公务员 / 公职人员), weighed as its rarest word."""

    words: frozenset[str]
    weight: float


def _concepts(
    weights: dict[str, float], entries: tuple[tuple[str, ...], ...], catalog: ClauseCatalog
) -> list[_Concept]:
    """``weights``' words grouped into concepts: an everyday word the documents use and the
    formal wordings colloquial.tsv adds for it (``entries``) are one thing asked about,
    counted once. Counted apart, a clause naming 公务员 and 公职人员 (第二十四条, on recruiting
    civil servants) outweighed the one naming 公职人员 and 宴请 (第三十四条) for
    "可以请公务员吃饭吗". (Only one-word wordings: "record be cleared" grouped with "credit
    restoration" and "records should be promptly restored" took most of a question's weight;
    dev split: first quote 791 → 763.)"""

    def one_word(wording: str) -> str | None:
        words = whole_words(wording, catalog.idf.__contains__)
        return words[0] if len(words) == 1 and words[0] in weights else None

    groups: list[set[str]] = []
    for everyday, *formal in entries:
        if one_word(everyday) is None:
            continue
        words = {w for w in map(one_word, (everyday, *formal)) if w}
        overlapping = [g for g in groups if g & words]
        for g in overlapping:
            groups.remove(g)
            words |= g
        if words:
            groups.append(words)
    grouped = set().union(*groups)
    groups += [{w} for w in weights if w not in grouped]
    return [_Concept(frozenset(g), max(weights[w] for w in g)) for g in groups]


def _share(concepts: list[_Concept], total: float, words: set[str]) -> float:
    return sum(c.weight for c in concepts if not c.words.isdisjoint(words)) / total


def _current_years(catalog: ClauseCatalog, named: set[str]) -> set[str]:
    """The years of the indexed editions: those the documents name editions by ("（2023年版）")
    and the issue and effective years of the documents a question names."""
    return edition_years(catalog.normalized_text) | {
        str(n.metadata.get(key) or "")[:4]
        for n in catalog.nodes
        if n.metadata.get("document") in named
        for key in ("issue_date", "effective_date")
    }


def _outline_line(language: str, document: str, catalog: ClauseCatalog, headings: list[str]) -> str:
    """"《…》共7章：第一章 总则；…" from the headings the parser kept for the clauses."""
    title = next(
        (str(n.metadata.get("title") or "") for n in catalog.nodes if n.metadata.get("document") == document), ""
    )
    chapters = all(h.startswith("第") and "章" in h for h in headings)
    if language == "zh":
        name = f"《{title}》" if title and len(title) <= MAX_TITLE_IN_ANSWER else "该文件"
        unit = "章" if chapters else "个部分"
        return f"{name}共{len(headings)}{unit}：{'；'.join(headings)}。"
    if not title or len(title) > MAX_TITLE_IN_ANSWER:
        name = "The document"
    else:
        name = f"The {title}" if query_language(title) == "en" else title
    unit = "chapters" if chapters else "parts"
    return f"{name} is divided into {len(headings)} {unit}: {'; '.join(headings)}."


def _frame(language: str, candidate: Candidate, quote: str, citation_id: int) -> str:
    """One answer line: where the quote comes from, in the question's language, then the quote."""
    meta = candidate.node.metadata
    title = meta.get("title") or meta.get("document", "")
    article = meta.get("article") or ""
    if article.startswith("¶"):  # paragraph numbers are internal ids, not citable labels
        article = ""
    if quote.startswith(article.split("(")[0].rstrip(".") or "\0"):
        article = ""  # the quote itself opens with the article label
    # A long title would bury the quote; the citation card names the document in full.
    name = title if len(title) <= MAX_TITLE_IN_ANSWER else ""
    if language == "zh":
        where = (f"《{name}》" if name else "") + article
        if not where:  # a report's paragraph, a heading: 文件规定 would call it a rule
            return f"原文：“{quote}”[{citation_id}]"
        return f"{where}规定：“{quote}”[{citation_id}]"
    where = ", ".join(part for part in (name, article) if part)
    return f"{where or 'The document'}: “{quote}” [{citation_id}]"
