"""The library under the CLI and the page: one ``Assistant`` wires settings to components.

Front ends parse input, call these methods and render what they return.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from pathlib import Path

from llama_index.core import VectorStoreIndex
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

from .answerability.documents import bodies, named_bodies, unknown_document
from .answerability.figures import counts
from .answerability.premises import Premise, asked_beyond, attributes, premise, sweep
from .answerability.quantity import Quantity, as_documents_write, frequencies, quantities
from .answering import EMPTY_INDEX, ExtractiveAnswerer
from .clause_questions import ClauseQuestions
from .components import (
    build_embed_model,
    build_reranker,
    build_vector_store,
    embedding_model_id,
    off_topic_margin,
)
from .indexing import ClauseIndex, find_files
from .retrieval import Candidate, ClauseCatalog, HybridRetriever, find_references, query_language
from .schema import Answer, DocumentInfo, IngestReport, RetrievedChunk
from .settings import Settings
from .tokenizing import mainland
from .topic import SubjectExemplars
from .verification import Verdict, modalities, verify

# Openings of a question that leans on the previous turn ("and what if...", "那如果...").
_FOLLOW_UP = re.compile(
    r"^\s*(?:and|but|also|what about|how about|what if|and if|then|so|那|那么|如果|要是|还有|另外|此外|若)"
    r"|\b(?:it|they|them|this|that|these|those|he|she)\b|(?:它|他们|她|该|这种|这样|上述|前述|呢[？?]?\s*$)",
    re.IGNORECASE,
)


class Assistant:
    """Index documents, answer questions with citations, list and remove documents."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embed_model = build_embed_model(settings.embedding)
        self.index = ClauseIndex(
            index_dir=settings.index_dir,
            open_store=lambda reset=False, fresh=False: build_vector_store(
                settings.store, settings.index_dir, reset=reset, fresh=fresh
            ),
            embed_model=self.embed_model,
            model_id=embedding_model_id(settings.embedding),
            max_tokens=settings.embedding.max_chunk_tokens,
            max_file_bytes=settings.max_file_mb * 2**20,
        )
        self._reranker = build_reranker(settings.retrieval)
        self._retriever: HybridRetriever | None = None
        self._retriever_version = -1
        self._lock = threading.RLock()  # the page serves several users from one index
        # The off-topic margin in force for this model (None: the check is off).
        self._off_topic_margin = off_topic_margin(settings.embedding, settings.answer)
        self.answerer = ExtractiveAnswerer(
            self.embed_model,
            settings.answer.model_copy(update={"off_topic_margin": self._off_topic_margin}),
            self._page_at,
        )

    # --- documents ------------------------------------------------------------------------
    def ingest(
        self,
        paths: list[Path],
        prune: bool = False,
        rebuild: bool = False,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> IngestReport:
        """Index the files and folders in ``paths`` (see ``ClauseIndex.ingest``)."""
        # One write for another process: a rebuild is never seen half done.
        with self._lock, self.index.writing():
            if rebuild:
                self.index.clear()
                self.index.reset_store()
            files = find_files(paths, self.settings.ignore)
            return self.index.ingest(files, prune=prune, progress=progress)

    def documents(self) -> list[DocumentInfo]:
        self.index.refresh()  # the CLI may have changed the index the page shows
        return self.index.documents()

    def remove(self, name: str) -> bool:
        with self._lock:
            return self.index.remove(name)

    # --- questions ------------------------------------------------------------------------
    def catalog(self) -> ClauseCatalog:
        """Every indexed clause in memory, with what retrieval knows of the documents (their
        names, vocabulary), rebuilt when the index changes."""
        return self._hybrid().catalog

    def _hybrid(self) -> HybridRetriever:
        with self._lock:
            self.index.refresh()  # another process (the CLI, the page) may have written
            if self._retriever is None or self._retriever_version != self.index.version:
                self.index.check_model()
                catalog = ClauseCatalog(self.index.nodes())
                catalog.attach_sentence_vectors(self.embed_model, self._vector_cache("sentences"))
                vector_index = VectorStoreIndex.from_vector_store(
                    self.index.vector_store, embed_model=self.embed_model
                )
                self._retriever = HybridRetriever(
                    catalog=catalog,
                    dense=lambda documents: self._dense(vector_index, documents),
                    embed_model=self.embed_model,
                    lexical_k=self.settings.retrieval.lexical_k,
                    rrf_k=self.settings.retrieval.rrf_k,
                    reranker=self._reranker,
                    rerank_candidates=self.settings.retrieval.rerank_candidates,
                    subject=(
                        SubjectExemplars(self.embed_model, self._model_cache, self.index.model_id)
                        if self._off_topic_margin is not None
                        else None
                    ),
                    questions=ClauseQuestions(
                        catalog.nodes,
                        self.embed_model,
                        self._model_cache("clause-questions"),
                        self.index.model_id,
                    ),
                )
                self._retriever_version = self.index.version
            return self._retriever

    def _vector_cache(self, name: str) -> Path | None:
        """Where vectors embedded for this version of the index are kept (older versions'
        files removed); none for a Chroma server, whose index may live on another machine."""
        if self.settings.store.chroma_host:
            return None
        cache = self.settings.index_dir / f"{name}-{self.index.version}.npz"
        for stale in self.settings.index_dir.glob(f"{name}-*.npz"):
            if stale != cache:
                stale.unlink(missing_ok=True)
        return cache

    def _model_cache(self, name: str) -> Path | None:
        """Where vectors of texts that do not change with the index (the exemplar questions)
        are kept: one file, re-embedded only when the texts or the model change."""
        return None if self.settings.store.chroma_host else self.settings.index_dir / f"{name}.npz"

    def _dense(self, vector_index: VectorStoreIndex, documents: list[str] | None) -> BaseRetriever:
        filters = None
        if documents:
            filters = MetadataFilters(
                filters=[MetadataFilter(key="document", value=list(documents), operator=FilterOperator.IN)]
            )
        return vector_index.as_retriever(
            similarity_top_k=self.settings.retrieval.dense_k, filters=filters
        )

    def search_query(self, question: str, history: list[str] | None = None) -> str:
        """The text retrieval runs on: a follow-up question carries the previous question."""
        if self._previous(question, history):
            return f"{history[-1]} {question}"
        return question

    @staticmethod
    def _previous(question: str, history: list[str] | None) -> str | None:
        """The question a follow-up leans on, if ``question`` is a follow-up."""
        if history and _FOLLOW_UP.search(question):
            return history[-1]
        return None

    def candidates(
        self,
        question: str,
        history: list[str] | None = None,
        documents: list[str] | None = None,
        k: int | None = None,
    ) -> list[Candidate]:
        # (retrieval matches the clause's own words: 一年半 is written 十八个月 there, in a claim
        # to verify as in a question)
        query = self.search_query(as_documents_write(question), history)
        return self._hybrid().retrieve(
            query, k or self.settings.retrieval.top_k, documents, self._previous(question, history)
        )

    def ask(
        self,
        question: str,
        history: list[str] | None = None,
        documents: list[str] | None = None,
    ) -> Answer:
        """Answer with citations, or refuse when the documents do not address the question
        (one asked in Cantonese or in Traditional characters, or giving a period as 一年半, is
        read as the documents are written, and answered as asked)."""
        asked = question.strip()
        question = as_documents_write(mainland(asked))
        history = [mainland(turn) for turn in history] if history else history
        if not self.index.documents():
            return Answer(question=asked, answer=EMPTY_INDEX[query_language(question)], refused=True)
        self.index.require(documents or [])
        hybrid = self._hybrid()
        query = self.search_query(question, history)
        found = self.candidates(question, history, documents)
        claimed = premise(question)
        named_clauses = [c for c in found if c.exact]
        # Whether the claim is about an article the question names, once: the public bodies it
        # gives that article ("designates the State Administration for Market Regulation",
        # "report to the board's audit committee") must be named there, and the article's
        # document is where the claim is read. Not an issuer named in a document's name ("the
        # SASAC Compliance Measures"), nor a body in a story that cites another law's article
        # ("（属《监察法》第十五条规定的国有企业管理人员）已被市监委立案调查", r44).
        about_article = bool(claimed and named_clauses and self._about_named_article(claimed.claim, named_clauses))
        given = set(named_bodies(claimed.claim)) if claimed and about_article else set()
        if not named_clauses:
            objection = self._premise_objection(claimed, documents)
        elif claimed and (_stated_figures(claimed.claim) or self._attributed(claimed) or given):
            objection = self._named_clause_objection(claimed, documents, named_clauses, given, about_article)
        elif claimed and (claimed.asks_why or claimed.confirming):
            # "第十二条为何要求首席合规官必须由总会计师兼任？" asks why the article says what it
            # does not: a contradiction (the article names 总法律顾问) stops the answer (r44);
            # so it does of one asked to confirm ("第六十七条…只约束国家机关和事业单位，不包括国有
            # 企业，对吧？", r126), which the article refutes.
            objection = self._named_clause_objection(claimed, documents, named_clauses, given, about_article)
            if not (objection or "").startswith("premise contradicted"):
                objection = self._another_article_objection(claimed, named_clauses) if about_article else None
        else:
            # A question naming the clause is otherwise shown that clause: one asking whether
            # it says something ("第十二条是不是说首席合规官由总法律顾问兼任？") is answered by it.
            objection = None
        answer = self.answerer.answer(
            query, found, hybrid.catalog, focus=question, objection=objection,
            asked=asked_beyond(question, claimed),
        )
        return answer.model_copy(update={"question": asked})

    def _named_clause_objection(
        self,
        claimed: Premise,
        documents: list[str] | None,
        named_clauses: list[Candidate],
        given: set[str],
        about_article: bool,
    ) -> str | None:
        """Why a claim about the clause the question names rules out an answer: a figure it
        does not state ("第三十四条是不是说送礼一千元以下不算违法？"; how a user words a rule does
        not change whether a figure is in it), or a rule the user says it makes
        ("《民营经济促进法》第五十四条规定，政府违约毁约的，民营企业可以直接向法院申请强制执行",
        "Article 12 … requires every central SOE to create a brand-new … post"), checked as
        any claim a question takes as given. A claim about a clause in the other language is
        not refused as unfound, only as contradicted, too broad or an invented duty: the
        verifier misses support across languages ("Article 43 … bans designating
        intermediaries" for 不得为市场主体指定…中介服务机构). ``given``: the public bodies the
        claim gives the article; ``about_article``: whether the claim cites a named article
        (_about_named_article)."""
        # What the user says the article states is checked in the article's document, named
        # or not ("办法第十一条规定，合规委员会主任须由监事会主席担任": r52).
        articles_of: frozenset[str] = frozenset()
        if about_article:
            articles_of = frozenset(str(c.node.metadata.get("document")) for c in named_clauses)
        objection = self._premise_objection(claimed, documents, articles_of)
        # A public body the claim gives the article and the article does not name, in any
        # language ("Article 24 … designates the State Administration for Market Regulation as
        # the body that accepts complaints": r42), is not in it, however the claim is worded.
        named_text = " ".join(c.node.get_content() for c in named_clauses)
        if objection in (None, "premise not in document") and given and not given & bodies(named_text):
            return "premise not in document"
        languages = {c.node.metadata.get("language") for c in named_clauses}
        if objection == "premise not in document" and languages != {query_language(claimed.claim)}:
            return None
        # A figure the named article does state is no unstated figure, however the user words
        # the rest ("Article 16 … gives the contractor 30 days to confirm the debt": the
        # verifier finds "gives the contractor" in no clause; 15 days it contradicts).
        if objection == "premise figure not stated":
            stated = set().union(*(_stated_figures(c.node.get_content()) for c in named_clauses))
            if _stated_figures(claimed.claim) <= stated:
                return None
        return objection

    def _another_article_objection(self, claimed: Premise, named_clauses: list[Candidate]) -> str | None:
        """The article that states what a question says of another it names: "第七十条规定国家
        机关、事业单位、国有企业不得强制要求以审计结果作为结算依据，对吗？" is 第六十七条's rule (r141).
        Only where that other article of the same document bears the claim out, and the named one
        does not: a claim the verifier reads nowhere is the answer's to show, as before."""
        in_document: dict[str, Verdict] = {}  # (one document's reading serves all its named articles)
        for clause in named_clauses:
            document, article = clause.node.metadata.get("document"), clause.node.metadata.get("article")
            if not article:
                continue
            if verify(self, claimed.claim, document=document, article=article).verdict == "supported":
                return None
            if document not in in_document:
                in_document[document] = verify(self, claimed.claim, document=document)
            elsewhere = in_document[document]
            stating = elsewhere.clauses[0] if elsewhere.verdict == "supported" and elsewhere.clauses else None
            if stating and stating.article and stating.article != article:
                where = f"《{stating.title}》{stating.article}" if query_language(claimed.claim) == "zh" else (
                    f"{stating.article} of {stating.title}")
                return f"premise in another article: {where}"
        return None

    def _about_named_article(self, claim: str, named_clauses: list[Candidate]) -> bool:
        """Whether ``claim`` cites one of the articles the question names, and not another
        law's article of that number ("（属《监察法》第十五条规定的国有企业管理人员）", r44)."""
        articles = {c.node.metadata.get("article") for c in named_clauses}
        if not any(reference.article in articles for reference in find_references(claim)):
            return False
        return not unknown_document(claim, self.catalog().titles)

    @staticmethod
    def _attributed(claimed: Premise) -> bool:
        """Whether the user says a document states the claim, and takes it as given (a
        confirmation or a why-question asks whether it does)."""
        return (claimed.attributed or attributes(claimed.claim)) and not (
            claimed.confirming or claimed.asks_why
        )

    def _premise_objection(
        self,
        claimed: Premise | None,
        documents: list[str] | None,
        articles_of: frozenset[str] = frozenset(),
    ) -> str | None:
        """Why the claim a question rests on rules out an answer, checked as `verify` checks it.

        A contradiction (another figure, the opposite modality) always stops the answer. A
        claim the verifier does not find stops it only when it carries a figure ("36 months",
        "Why does the notice keep records for five years?") that no clause on topic states, or
        when it sweeps ("对所有企业都适用", "any contracting party", "only SOEs") or imposes a
        duty ("要求首席合规官必须从外部聘请"): a rule stretched to everyone, narrowed to some
        or invented as an obligation is the commonest false premise, and a clause binding
        that way would be found (on the dev split no answerable question's duty went
        unfound). So does a claim taken as given that names its source ("政务处分法规定官员
        收礼超过5000元才给处分，那…", "Since the notice lets…"): the user says the document says
        it, and the verifier reads that document (dev split: 10 of 10 such claims it did not
        find were false; confirmations and why-questions are left out, as their true claims
        are often worded as the user remembers them). The verifier misses support worded
        differently ("treats … as" for "regarded as"), so other unconfirmed claims are
        answered with the nearest clause. A statement typed instead of a question ("记过处分期
        是18个月") may be keywords of a question, so only a contradiction stops it; a claim
        asked outright ("Is it true that X?") or the user's reading of a document or an article
        ("按政务处分法，…，那…", "第七十条规定…，那…") only a contradiction or a figure no
        clause states. ``articles_of``: the documents of the articles the question names, where
        a claim attributed to an article without naming its document is read.
        """
        if claimed is None:
            return None
        document = documents[0] if documents and len(documents) == 1 else None
        attributed = self._attributed(claimed)
        named = self.catalog().said_by(claimed.source or claimed.claim) if attributed else set()
        if attributed and not named:
            named = set(articles_of)
        if documents is None and len(named) == 1:
            # "The NDRC notice says…. How do we…?": what the user says a document states is
            # checked in that document; another law's clause on the topic neither backs nor
            # refutes the attribution (a confirmation is checked everywhere).
            document = next(iter(named))
        checked = verify(self, claimed.claim, document=document)
        if checked.verdict == "contradicted":  # with the verifier's reason: "…规定的是30日，不是60日。"
            return f"premise contradicted: {checked.explanation}"
        if checked.verdict != "not_found" or claimed.statement:
            return None
        # How often ("每季度", "every quarter") is a figure too, unless the claim invents a duty
        # the user is better told of ("要求公职人员必须每年公开个人财产").
        duty = "required" in modalities(claimed.claim)
        recurs = bool(frequencies(claimed.claim)) and (claimed.asked_outright or claimed.as_understood or not duty)
        # (a number of things too, of a document the claim names: "the Guangzhou guidelines now run to
        # 50 scenarios", r156; not "Why does a noodle shop need three separate inspections?")
        counted = bool(counts(claimed.claim)) and bool(self.catalog().named_documents(claimed.claim))
        if quantities(claimed.claim) or counted or recurs:
            return "premise not stated" if claimed.confirming else "premise figure not stated"
        if claimed.asked_outright or claimed.as_understood:
            return None
        if sweep(claimed.claim):
            return "premise too broad"
        if duty:
            return "premise duty not stated"
        if named:
            return "premise not in document"
        return None

    def retrieve(
        self, question: str, history: list[str] | None = None, k: int = 10
    ) -> list[RetrievedChunk]:
        """The ranked clauses for a question (what the eval suite scores retrieval on), read
        as `ask` reads it."""
        if not self.index.documents():
            return []
        question = mainland(question)
        history = [mainland(turn) for turn in history] if history else history
        return [
            RetrievedChunk(
                document=c.node.metadata.get("document", ""),
                article=c.node.metadata.get("article") or None,
                section=c.node.metadata.get("section", ""),
                start=c.node.start_char_idx or 0,
                end=c.node.end_char_idx or 0,
                text=c.node.get_content(),
                score=round(c.confidence, 4),
            )
            for c in self.candidates(question, history, k=k)
        ]

    def _page_at(self, document: str, offset: int) -> int | None:
        starts = self.index.page_starts(document)
        if not starts:
            return None
        return max(1, bisect.bisect_right(starts, offset))


def _stated_figures(text: str) -> set[Quantity]:
    """The figures and frequencies ``text`` states, as a claim about a named article is held to."""
    return quantities(text) | frequencies(text)
