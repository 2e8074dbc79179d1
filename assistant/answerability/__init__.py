"""Can the retrieved clauses answer this question at all? Checks beyond retrieval similarity.

A clause can be on topic and still not answer: similarity cannot tell "within 60 days" from
"within 90 days", nor notice that a question asks for an amount the clause never states, nor
that it names a document that is not indexed. Each check returns a reason a person reads, or
None when it has no objection. The checks are grouped by what they read:

- ``quantity``: the figures and dates in a text;
- ``figures``: the figure, count or definition a question asks for, and whether a clause states it;
- ``details``: what this kind of document does not give (a detail, criteria, outcomes, odds);
- ``premises``: the claim a question takes as given, and whether the clauses bear it out;
- ``versions``: another edition of a document than the one indexed;
- ``terms``: terms, standards and batches the documents do not name;
- ``series``: the numbered batches and sessions a question names (第二批, "the 13th session");
- ``documents``: documents and issuers a question names.
"""
