"""Question answering as a pipeline, one module per stage, read top to bottom in `pipeline.answer`:

1. `question`  — read the question: its language (English words translated by `lexicon`), what kind of
   answer it asks for, its content words and how much each one says (`weights`);
2. `retrieve`  — the only stage that holds the index's searcher: every form of the question's words the
   index can match (stems, compound parts, typo corrections, looser forms), and the stories they find;
   `stories` adds the stories closest in meaning (their openings embedded after indexing, `index.openings`)
   and each story's closeness; `read_names` tells from those stories whether "wie is zelensky?" names someone
   typed in lower case, and `names_searched` which words of a comparison's topic are names; `read_topic`
   reads a comparison's topic or a search's words as a question's words
   (an English one in Dutch), and `read_words` makes them a query for search, quote, compare, latest and follows;
3. `candidates` — every sentence of those stories with its neighbours, the spans of the asked type in it
   (`spans`) and the one of them shown (`span_choice`), and the evidence signals (`features`); the sentences
   of the stories the words found are read while the question's vector is computed, before `stories` needs it;
4. `model`     — a logistic model fitted on labelled questions (`bench/fit_answers.py`) scores each
   candidate; `rerank` re-orders the likeliest few by their closeness in meaning to the question as well
   (`index.meaning`: multilingual-e5-small embeddings; the newest stories' passages embedded ahead,
   `index.passage_vectors`), and a third model turns the best candidate into a calibrated confidence;
5. `decide`    — answer or abstain at the threshold chosen on held-apart questions;
6. `assemble`  — the `Answer` the bot and the terminal render: the span, its verbatim quote with
   dateline, agencies and time, other reports' figures, and related passages.
"""

from index.answers.pipeline import answer, prepare
from index.answers.retrieve import Topic, names_searched, read_topic, read_words

__all__ = ["Topic", "answer", "names_searched", "prepare", "read_topic", "read_words"]
