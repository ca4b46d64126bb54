"""A retrieved story prepared for answering, a sentence of it seen with its surroundings, and a candidate.

Whether a sentence answers depends on more than its own words: on the sentence a "Dat …"/"Hij …"/
"Bovendien …" sentence refers back to, its neighbours, the story's headline and lead. `prepare_story`
computes once per story what every sentence needs (its terms, which sentences refer back, which of the
story's terms stand for each question term, whether it says the role noun asked for); a `SentenceView`
is one sentence of that `PreparedStory` with the terms around it, and a `Candidate` is one possible
answer found in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.analysis import TOKEN, fold, term_for, terms
from index.models import Figure
from index.passages import story_sentences
from index.question_reading import Question
from index.search import Found
from index.word_forms import matching_terms, soft_match

#: A sentence that starts like this, or has these, refers back to the one before it: a pronoun or
#: adverb first ("Dat kwam door …", "Daarom …", "Bovendien …"), a definite person ("De man, Venant R.,
#: …"), a part of those before ("Tien van hen …"), "doet dat", "ontkent dat.".
_ANAPHORIC = re.compile(r"^\W*(?:dat|dit|die|deze|hij|zij|ze|het|daarom|daardoor|daarmee|daarbij|daarna|zo"
                        r"|hierdoor|hiermee|bovendien|ook|(?:de|het)\s+(?:man|vrouw|jongen|meisje|verdachte"
                        r"|dader|slachtoffer|kind)|\w+\s+van\s+(?:hen|hun|wie|die|deze))\b"
                        r"|\b(?:doet|deed|ontkent|ontkende|bevestigt|bevestigde)\s+dat\b"
                        r"(?!\s+(?:de|het|een|hij|zij|ze|er)\b)", re.IGNORECASE)
#: "Tegenover de krant vertelde hij …": a subject pronoun early in the main clause refers back too
#: (not one after a conjunction: "zeggen dat hij …" introduces no one; a capitalised "Zij" inside a
#: sentence starts one the splitter missed).
_EARLY_PRONOUN = re.compile(r"^\W*(?:\S+\s+){1,10}?(?<!\bdat\s)(?<!\bals\s)(?<!\btoen\s)(?<!\bdie\s)(?<!\bof\s)"
                            r"(?<!\bwat\s)(?<!\bwie\s)(?<!\bnadat\s)(?<!\bwaarna\s)(?<!\bterwijl\s)(?<!\bzodat\s)"
                            r"(?<!\bvoordat\s)(?:hij|zij)\b")
#: How many sentences back a chain of references is followed ("Bovendien …" after "… vertelde hij").
ANAPHOR_DEPTH = 2
#: "Hoe heet …": in the article the name follows these words too.
_NAMING_WORDS = frozenset("heet heette heten genoemd noemt noemde voortaan".split())


@dataclass(slots=True)
class Candidate:
    """One possible answer: a span, the sentence (or passage) it stands in, and how sure it is."""

    found: Found
    rank: int
    paragraph: int
    sentence: str
    coverage: float
    answer: str
    span_factor: float = 1.0
    figure: Figure | None = None
    quote_text: str | None = None
    preferred: bool = False  # matches the question's time reference: ranks first among the confident

    @property
    def confidence(self) -> float:
        return round(min(1.0, self.coverage) * self.span_factor, 3)


@dataclass(slots=True)
class PreparedStory:
    """One retrieved story prepared for sentence scoring."""

    found: Found
    rank: int
    sentences: list[tuple[int, int, str]]
    sentence_terms: list[set[str]]
    refers_back: list[bool]  # the sentence refers to the one before it
    context: set[str]  # headline, places, dateline and lead: what the whole story is about
    known_names: frozenset[str]
    matches: dict[str, dict[str, float]]  # question term -> {story term: strength}
    mentions_head: bool  # some sentence says the role noun asked for ("de man", "een Japanse architect")


@dataclass(slots=True)
class SentenceView:
    """One sentence of a story, with what refers to it and around it."""

    story: PreparedStory
    position: int

    @property
    def anaphoric(self) -> bool:
        return self.story.refers_back[self.position]

    @property
    def paragraph(self) -> int:
        return self.story.sentences[self.position][0]

    @property
    def text(self) -> str:
        return self.story.sentences[self.position][2]

    @property
    def terms(self) -> set[str]:
        return self.story.sentence_terms[self.position]

    def neighbour(self, offset: int, same_paragraph: bool = True) -> int | None:
        """Index of the sentence `offset` away, if it exists (and is in the same paragraph)."""
        index = self.position + offset
        if not 0 <= index < len(self.story.sentences):
            return None
        if same_paragraph and self.story.sentences[index][0] != self.paragraph:
            return None
        return index

    def antecedent_terms(self) -> set[str]:
        """Terms of the sentences this one refers back to ('Dat kwam door …'), following a chain of
        references up to `ANAPHOR_DEPTH` sentences back."""
        result: set[str] = set()
        position = self.position
        while self.story.refers_back[position] and self.position - position < ANAPHOR_DEPTH:
            position -= 1
            result |= self.story.sentence_terms[position]
        return result

    def around_terms(self) -> set[str]:
        """Terms of the neighbours in the paragraph and of the story's context."""
        result = set(self.story.context)
        for offset in (-1, 1):
            index = self.neighbour(offset)
            if index is not None:
                result |= self.story.sentence_terms[index]
        return result


def prepare_story(question: Question, item: Found, rank: int, weights: dict[str, float]) -> PreparedStory:
    """A story's sentences with their terms, what each refers back to, and which of its terms stand for
    each question term: computed once per story, used for every sentence."""
    story = item.story
    sentences = story_sentences(story)
    sentence_terms = [set(terms(sentence)) for _, _, sentence in sentences]
    context = set(terms(" ".join([story.headline, story.dateline, *story.places])))
    if sentence_terms:
        context |= sentence_terms[0]
    vocabulary = context.union(*sentence_terms)
    matches = {question_term: matching_terms(question_term, vocabulary) for question_term in weights}
    known_names = frozenset(word for _, _, sentence in sentences for word in re.findall(r"\b[A-Z]\w+", sentence[1:]))
    refers_back = [index > 0 and _refers_back(sentence) for index, (_, _, sentence) in enumerate(sentences)]
    mentions_head = bool(question.head) and any(head_positions(sentence, question) for _, _, sentence in sentences)
    return PreparedStory(item, rank, sentences, sentence_terms, refers_back, context, known_names, matches,
                         mentions_head)


def _refers_back(sentence: str) -> bool:
    """The sentence leans on the one before it ('Dat kwam door …', 'Tegenover de krant vertelde hij')."""
    return bool(_ANAPHORIC.search(sentence) or _EARLY_PRONOUN.search(sentence))


def head_positions(sentence: str, question: Question) -> list[tuple[int, int]]:
    """(start, end) of the words of the sentence that are the question's role or place noun, with
    the question's adjectives right before them ('de nieuwe president', not 'ex-president'); for
    'hoe heet …' also the naming words ('heet voortaan')."""
    head_term = term_for(question.head) if question.head else None
    adjectives = [term for word in question.head_adjectives if (term := term_for(word))]
    tokens = list(TOKEN.finditer(sentence))
    result = []
    for index, match in enumerate(tokens):
        term = term_for(match.group())
        if question.naming and fold(match.group()) in _NAMING_WORDS:
            result.append((match.start(), match.end()))
        elif term and head_term and soft_match(head_term, term):
            before = {term_for(token.group()) for token in tokens[max(0, index - 3):index]}
            if all(any(other and soft_match(adjective, other) for other in before) for adjective in adjectives):
                result.append((match.start(), match.end()))
    return result
