"""Stage 2: find the stories that may answer — the only stage that holds the index's searcher.

Every content word of the question becomes a group of index terms, each with how well it stands for the
word: its stem (1.0), and when no article has it, its compound parts (treinongeluk -> trein, ongeluk),
the index's typo corrections, the nearest word of general Dutch or English (`typos`; an English one
translated), the Dutch words for an English word in a Dutch question ("closed": gesloten, dicht) and other
forms of it the index has (`loose_match.soft_match`). How much a word
says is the lesser of two inverse frequencies: in the articles (IDF), and in general Dutch (wordfreq),
so a chat word that news rarely prints ("nou", "gedoe") still weighs little. The stories are ranked by
Whoosh (BM25F) over all groups at once; the searcher is released before any sentence is read.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.searching import Searcher

from index.analysis import TOKEN, fold, term_for
from index.answers.forms import other_number, split_compound, undiminished
from index.answers.lexicon import translate
from index.answers.question import Question, Word, as_description, read_question
from index.answers.spans import opens_sentence
from index.figures import KIND_WORDS, UNIT_KINDS
from index.loose_match import SOFT_MATCH, soft_match
from index.models import QueryReading
from index.search import (
    MIN_ANY_WORDS,
    TEXT_FIELDS,
    Filters,
    Found,
    ReadQuery,
    common_stories,
    idf,
    read_plain,
    stories_with,
    stories_with_word,
    top_stories,
)
from index.shared import shared
from index.store import IndexStore
from index.typos import general_vocabulary, lexicon_for
from index.word_forms import general_frequency, leans

log = logging.getLogger(__name__)

#: Stories whose sentences become candidates.
STORIES = 30
#: Words longer than this are no Dutch word (the longest compounds in news have some 30 letters).
MAX_WORD = 40
#: A compound part stands for the whole word this well.
PART_MATCH = 0.6
#: Words of a typical news story: turns a general word frequency into a chance to be in a story.
STORY_WORDS = 500
#: Quantity kinds whose words stand for each other (soldaten, militairen, troepen); the words of other
#: kinds only share what they measure (inwoners and studenten are both people, not the same people).
SYNONYM_KINDS = frozenset({"troops", "military-units", "deaths", "injured", "money-eur", "money-usd", "distance",
                           "weight", "volume"})
#: Other forms of an unknown word looked up in the index, at most.
MAX_VARIANTS = 6


@dataclass(slots=True)
class Group:
    """One word of the question as the index can match it."""

    word: Word
    terms: dict[str, float]  # index term -> how well it stands for the word
    weight: float  # how much the word says here: the rarer of its share of these stories and of general Dutch
    #: How much the word says in general Dutch alone: a share of the question's meaning that does not shrink
    #: or grow with the collection (in 16 stories every word is in many, so all news weights are low).
    general: float
    known: bool  # some article has one of its terms
    kinds: frozenset[str] = frozenset()  # the quantity kinds its forms and their corrections count
    corrected: str | None = None  # the word of general Dutch a typo of a Dutch question is read as ('soldaten')


@dataclass(slots=True)
class Retrieved:
    groups: list[Group]
    found: list[Found]
    stories: int  # in the index
    top_score: float = 0.0
    #: Each found story's closeness in meaning to the question (`stories.weigh_stories`), in `found`'s order;
    #: None for a story whose opening is not embedded (yet).
    closeness: list[float | None] = field(default_factory=list)

    @property
    def total_weight(self) -> float:
        return sum(group.weight for group in self.groups)

    @property
    def missing_share(self) -> float:
        """The share of the question's meaning (by general Dutch) that no article has: the same for a word
        missing from 16 stories as from 100,000, where the weights of the words found differ."""
        total = sum(group.general for group in self.groups)
        return sum(group.general for group in self.groups if not group.known) / total if total else 0.0

    @property
    def corrections(self) -> dict[str, str]:
        """Each typo of a Dutch question and the word it is read as ("soldatne": soldaten)."""
        return {group.word.text: group.corrected for group in self.groups if group.corrected}

    @property
    def counted(self) -> frozenset[str]:
        """The quantity kinds the question's words count, misspelled ones included ('soldatne')."""
        return frozenset().union(*(group.kinds for group in self.groups))


@shared
def _kind_words() -> dict[str, str]:
    """A word of each quantity kind by its index term ('troep' -> troepen); a term two kinds share is left out."""
    words: dict[str, list[str]] = {}
    for word in UNIT_KINDS:
        if (term := term_for(word)) and not term[0].isdigit():
            words.setdefault(term, []).append(word)
    return {term: found[0] for term, found in words.items() if len({UNIT_KINDS[word] for word in found}) == 1}


def _kind_word(form: str, typed: bool) -> str | None:
    """The word of a quantity kind a form of a question's word is: as written, or, for a form the question did
    not type, by its index term: the dictionary forms an English word translates to ('troops' -> troep, where
    the kinds list the plural 'troepen'; 'visitors' -> bezoeker). Only when the kind's word is the form
    inflected: as long or longer, and written as the form but for its last two letters at most (soldaat ->
    soldaten, dood -> doden). Another word of the same stem is not: 'show' -> tonen is no 'ton', 'civil' ->
    burgerlijk no 'burgers', 'wake' -> wekken no 'week', 'interest' -> belangstelling no 'belangstellenden' (of
    the word list's 119 forms that share a kind word's term, those 22). Not a typed English word read as Dutch
    ('led', the index term of 'leden')."""
    folded = fold(form)
    if folded in UNIT_KINDS:
        return folded
    found = None if typed else _kind_words().get(term_for(form) or "")
    inflected = found and len(found) >= len(folded) and found.startswith(folded[:-2])
    return found if inflected else None


def _kind_of(form: str, typed: bool) -> str | None:
    """The quantity kind a form of a question's word counts (`_kind_word`)."""
    word = _kind_word(form, typed)
    return UNIT_KINDS[word] if word else None


def general_idf(word: str) -> float:
    """An inverse frequency from general Dutch: the chance that a story of STORY_WORDS words has it."""
    chance = min(1.0, STORY_WORDS * 10 ** (general_frequency(word) - 9))
    return math.log(1 + 1 / (chance + 1e-6))


def _variants(searcher: Searcher, term: str) -> dict[str, float]:
    """Index terms that are another form of a term: of one no article has (braziliaan for Brazilië), and of a
    name of one word the articles have, whose people, country and adjective they write in other stories
    ('israel' for Israëliërs: "Met hoeveel mensen mogen Israëliërs weer samenkomen?" found the story on Israël by
    its meaning alone). Only such names (`Word.alone`): done for every word, the held parts' verdicts moved both
    ways (226 right and 30 wrong against 228 and 32; forced right 312 against 314) and the read parts' log
    likelihood fell by 2; done for a name's words, 'Democratie' of Forum voor Democratie found 'democrat' (D66's
    Democraten) and a comparison of Forum's seats listed another party's."""
    if len(term) < 5 or term[0].isdigit():
        return {}
    found: dict[str, float] = {}
    reader = searcher.reader()
    for name in TEXT_FIELDS:
        for candidate in reader.expand_prefix(name, term[:5]):
            text = candidate.decode("utf-8") if isinstance(candidate, bytes) else candidate
            if soft_match(term, text) and len(found) < MAX_VARIANTS:
                found[text] = SOFT_MATCH
    return found


def _corrections(form: str, language: str) -> list[str]:
    """The Dutch words nearest to a form that is no word of its language ("inbrkaen" -> inbraken), an
    English one's through its translations ("rpelacing" -> replacing -> vervangen)."""
    return [dutch for near in general_vocabulary(language).near(form.lower())
            for dutch in (translate(near) if language == "en" else (near,))]


def _english_in_dutch(form: str) -> tuple[str, ...]:
    """The Dutch words for a word of a Dutch question that no article has, when it is English rather than
    Dutch: chat mixes them in ("closed", "volunteers", "until"); the word list translates it as it does an
    English question's words. Empty for a Dutch word."""
    return translate(form) if leans(form, "en") else ()


def _indexed(searcher: Searcher, words: Iterable[str]) -> list[str]:
    """The index terms of `words` that some article has."""
    return [term for word in words if (term := term_for(word)) and stories_with(searcher, term)]


def _group(searcher: Searcher, word: Word, language: str) -> Group:
    terms: dict[str, float] = {}
    corrected_words: list[str] = []
    typo: str | None = None
    for form in word.forms:
        if len(form) > MAX_WORD:
            continue
        parts = [term for part in TOKEN.findall(form) if (term := term_for(part))]
        if len(parts) > 1:  # "Noord-Koreaanse" is indexed as its parts, as the articles' words are
            terms.update({part: 1.0 for part in parts if stories_with(searcher, part)})
            continue
        term = parts[0] if parts else None
        if term is None:
            continue
        if stories_with(searcher, term):
            terms[term] = 1.0
            if word.alone:  # a one-word name's other forms too ('israel' for Israëliërs: `_variants`)
                for variant, strength in _variants(searcher, term).items():
                    terms.setdefault(variant, strength)
            continue
        parts = split_compound(searcher, form)
        if len(parts) > 1:
            terms.update({part_term: PART_MATCH for part in parts if (part_term := term_for(part))})
            continue
        typed = form == word.text
        if language == "en" and not typed:
            continue  # a translation the articles lack is a dictionary's word ('zijgen' for filter), not a
            # misspelling of theirs ('zijn'), nor the start of another ('aanslaan' for tax: not 'aanslag')
        terms.update(_variants(searcher, term))
        if typed and language == "en" and not word.name and general_frequency(form, "en"):
            continue  # an English word the articles lack is no typo of one of their terms ("share": not spar);
            # a name is, spelled the English way ('Poroshenko' for the articles' 'Porosjenko')
        # A typed word no article has: the Dutch words for it if it is English ("hoe lang blijft het closed"),
        # else the index's and general Dutch's nearest words if it is no word of its language (a typo of one).
        # A Dutch typo's nearest word of general Dutch that an article has is taken for the word meant: it matches
        # as that word does, and the question's meaning is read with it ('soldatne' as soldaten).
        found = english = list(_english_in_dutch(form)) if typed and language == "nl" else []
        if not english:
            for corrected in lexicon_for(searcher).near(term):
                terms.setdefault(corrected, SOFT_MATCH)
            if typed and not general_frequency(form, language):
                found = _corrections(form, language)
        corrected_words += found
        indexed = _indexed(searcher, found)
        if language == "nl" and not english:
            typo = next((near for near in found if term_for(near) in indexed), typo)
        for corrected in indexed:
            terms[corrected] = 1.0 if typo and corrected == term_for(typo) else terms.get(corrected, SOFT_MATCH)
    # 'soldaten' (or 'soldatne') also finds 'militairen': the quantity kinds figures know
    kinds = frozenset() if word.timed else frozenset(
        kind for form in (*word.forms, *corrected_words) if (kind := _kind_of(form, form == word.text)))
    for kind in kinds & SYNONYM_KINDS:
        for sibling in _indexed(searcher, KIND_WORDS[kind]):
            terms.setdefault(sibling, SOFT_MATCH)
    known = bool(terms)
    news = max((idf(searcher, term) for term in terms), default=idf(searcher, "\x00no-such-term"))
    # a typo weighs as the word it is read as ('soldatne' as soldaten, not the rarer 'soldate'), an English word of
    # a Dutch question as its Dutch words: in general Dutch neither is a word, which would make it the heaviest
    general = max(general_idf(form) for form in ((typo,) if typo else corrected_words or word.forms))
    return Group(word, terms, weight=min(news, general), general=general, known=known, kinds=kinds, corrected=typo)


def _query(searcher: Searcher, groups: list[Group]) -> wq.Query | None:
    """Any of the words, boosted by weight; common terms (`common_stories`) are left out when enough rarer
    ones remain (on a large index their long posting lists cost most and rank little)."""
    common = common_stories(searcher.doc_count())
    scored = sorted(((group.weight * strength, term) for group in groups for term, strength in group.terms.items()),
                    reverse=True)
    rare = [(boost, term) for boost, term in scored if stories_with(searcher, term) <= common]
    chosen = rare if len(rare) >= MIN_ANY_WORDS else scored
    parts = [wq.Term(name, term, boost=max(boost, 1e-3)) for boost, term in chosen for name in TEXT_FIELDS]
    return wq.Or(parts) if parts else None


def _compound_terms(searcher: Searcher, groups: list[Group]) -> None:
    """English writes apart what Dutch writes as one word, and chat often does too: a compound two neighbouring
    words (or their Dutch words) make that articles have ("traffic deaths": 'verkeersdoden'; "de nacht trein":
    'nachttrein') matches for both words."""
    for one, other in itertools.pairwise(groups):
        if one.word.name or other.word.name:
            continue
        for compound in _compounds(searcher, (*one.word.forms, one.word.text), (*other.word.forms, other.word.text)):
            if term := term_for(compound):
                one.terms.setdefault(term, 1.0)
                other.terms.setdefault(term, 1.0)


def retrieve(store: IndexStore, question: Question) -> Retrieved:
    with store.searcher() as searcher:
        groups = [_group(searcher, word, question.language) for word in question.words]
        _compound_terms(searcher, groups)
        query = _query(searcher, groups)
        found = top_stories(searcher, ReadQuery(query, {}, QueryReading()), Filters(), STORIES) if query else []
        stories = searcher.doc_count()
    log.debug("%r: %d groups, %d stories", question.text, len(groups), len(found))
    return Retrieved(groups, found, stories, max((item.score for item in found), default=0.0))


@dataclass(slots=True)
class Topic:
    """A topic to compare figures about, in the words the articles use."""

    words: str  # what is searched: the topic as typed, or an English topic's words in Dutch
    translations: dict[str, str] = field(default_factory=dict)  # English word -> the Dutch word searched
    left_out: list[str] = field(default_factory=list)  # English words no article has, nor a translation of
    also: dict[str, list[str]] = field(default_factory=dict)  # a Dutch word searched -> the other translations
    # of its English word that articles have, or the compound it makes with its neighbour, which match for it too
    joined: dict[str, str] = field(default_factory=dict)  # two Dutch words typed apart -> the one word articles
    # write them as ("klimaat akkoord" -> klimaatakkoord), which matches for both
    undiminished: dict[str, str] = field(default_factory=dict)  # a Dutch diminutive typed -> the word it is made
    # from ('kindjes' -> kind), which matches for it too (with its other number: kinderen), as in questions

    @property
    def language(self) -> str:
        """"en" when English words were translated or left out (the reply is in English), else "nl"."""
        return "en" if self.translations or self.left_out else "nl"


def _dutch_words(searcher: Searcher, word: Word) -> tuple[str, ...]:
    """The words the articles use for an English word of a topic, the one said back first: the quantity kind's
    word when it names one ('troops' -> troepen, so the topic asks for troop counts); else its commonest
    translation some article has, and after it its other translations some article has (one word, the word
    list's commonest, was often not the sense: "tax office" was searched as 'recht plaats'; any of them now
    matches, and the rarer a word the more it weighs), unless more articles have the English word itself (Dutch
    news writes 'deal', 'budget' and 'fake news' as they are); the word as typed when it is capitalised (a name
    spelled the English way: for 'Poroshenko' the index's corrections find the articles' 'Porosjenko') or no
    English word. None for an English word no article has, nor a translation of ('toll'; it is left out):
    searched as typed, the index would correct it to a Dutch word ('tol'), which `_group` does not do to an
    English question's words either."""
    if not word.timed:
        kind_word = next((found for form in word.forms if (found := _kind_word(form, form == word.text))), None)
        if kind_word:
            return (kind_word,)
    typed = stories_with_word(searcher, word.text)
    translated = [(form, count) for form in word.forms if form != word.text
                  and (count := stories_with_word(searcher, form))]
    if translated and translated[0][1] > typed:
        return tuple(form for form, _ in translated)
    if typed or word.text[:1].isupper() or not general_frequency(word.text, "en"):  # a topic's first word too
        return (word.text,)
    return ()


#: How Dutch joins the parts of a compound: directly ('klimaatakkoord'), by -s- ('verkeersdoden'), by -en-.
_LINKS = ("", "s", "en")


def _compounds(searcher: Searcher, first: Iterable[str], second: Iterable[str]) -> list[str]:
    """The Dutch compounds two neighbouring words (or their Dutch words) make that articles have, most stories
    first: English writes apart what Dutch writes as one word ("climate agreement" -> klimaatakkoord, "minimum
    wage" -> minimumloon), and so does chat ("nacht trein", "terug halen"). A compound general Dutch does not
    know counts only when more than one story writes it: 'tweeweken' in one article is a slip, and so is a word
    whose index term is a part's own ('onderwegene', stemmed to 'onderweg')."""
    counts: dict[str, int] = {}
    for head in first:
        for tail in second:
            parts = {term_for(head), term_for(tail)}
            for link in _LINKS:
                word = f"{head}{link}{tail}".lower()
                if not word.isalpha() or term_for(word) in parts:
                    continue
                count = stories_with_word(searcher, word)
                if count > 1 or (count and general_frequency(word, "nl")):
                    counts[word] = count
    return sorted(counts, key=lambda word: -counts[word])


def _stories_with_both(searcher: Searcher, first: Iterable[str], second: Iterable[str]) -> int:
    """In how many stories some of the first words and some of the second stand."""

    def stories(words: Iterable[str]) -> set[int]:
        found = [wq.Term(name, term) for word in words if (term := term_for(word)) for name in TEXT_FIELDS]
        return set(searcher.docs_for_query(wq.Or(found))) if found else set()

    return len(stories(first) & stories(second))


def _joined(searcher: Searcher, chosen: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Two neighbouring English words read as one Dutch compound when more stories write that compound than
    hold both words apart ("climate agreement": 'klimaatakkoord', not klimaat and akkoord); kept apart
    otherwise ("traffic deaths": more newspaper articles hold verkeer and doden than 'verkeersdoden')."""
    words = list(chosen.items())
    joined: dict[str, tuple[str, ...]] = {}
    while words:
        english, dutch = words.pop(0)
        if words and dutch and words[0][1]:
            following, after = words[0]
            compounds = _compounds(searcher, (*dutch, english), (*after, following))
            if compounds and stories_with_word(searcher, compounds[0]) >= _stories_with_both(searcher, dutch, after):
                joined[f"{english} {following}"] = tuple(compounds)
                words.pop(0)
                continue
        joined[english] = dutch
    return joined


def _read_dutch(searcher: Searcher, text: str) -> Topic:
    """A Dutch topic as typed, two neighbouring words of which articles also write as one ("klimaat akkoord":
    'klimaatakkoord', in 24 newspaper stories, where 2 hold both words apart): the compound matches for both
    words, beside the words apart, since either may be meant. A diminutive also matches as the word it is made
    from, as a question's does ('kindjes': kind, kinderen; `forms.undiminished`)."""
    words = [match.group() for match in TOKEN.finditer(text) if term_for(match.group())]
    read_as = Topic(text)
    for word in words:
        if base := undiminished(word):
            read_as.undiminished[word] = base
            read_as.also.setdefault(word, []).extend(filter(None, (base, other_number(base))))
    for first, second in itertools.pairwise(words):
        if compounds := _compounds(searcher, (first,), (second,)):
            read_as.joined[f"{first} {second}"] = compounds[0]
            for word in (first, second):
                read_as.also.setdefault(word, []).append(compounds[0])
    return read_as


def read_topic(searcher: Searcher, text: str) -> Topic:
    """A topic's words as the articles write them. An English one ("north korean troops in russia") is read as
    a question's words are (`question.read_question`: its language, stop words left out, the word list's
    translations, two of them as the one compound Dutch writes when articles write it more: `_joined`) and
    searched in Dutch ("noorden koreaans troepen rusland"), so `compare` lines up the same figures for it as
    for the Dutch topic. A Dutch topic is searched as typed (and two of its words typed apart also as the one
    word articles write: `_read_dutch`), and so is one whose words the
    articles all write as they are ("brexit deal", "lockdown"): Dutch readers type those too, and get their own
    language's reply. So is a topic whose words no article has, nor a translation of ("toll"): left out
    beside others, such words leave nothing to search for on their own, and the index's corrections may read
    them."""
    question = read_question(text)
    if question.language != "en":
        return _read_dutch(searcher, text)
    chosen = _joined(searcher, {word.text: _dutch_words(searcher, word) for word in question.words})
    searched = {english: dutch for english, dutch in chosen.items() if dutch}
    read_as = Topic(" ".join(dutch[0] for dutch in searched.values()),
                    {english: dutch[0] for english, dutch in searched.items() if fold(dutch[0]) != fold(english)},
                    [english for english, dutch in chosen.items() if not dutch],
                    {dutch[0]: list(dutch[1:]) for dutch in searched.values() if len(dutch) > 1})
    # "brexit deal", "lockdown": the articles' own words in either language, searched as typed; and so is a
    # topic no word of which the articles have in either language, which the index's corrections then read
    return read_as if read_as.language == "en" and read_as.words else _read_dutch(searcher, text)


def read_words(searcher: Searcher, text: str) -> tuple[Topic, ReadQuery]:
    """Plain words as the articles write them, ready to search: an English query or topic ("troops") in the
    articles' Dutch words (`read_topic`), its translations and the English words no article has said back in
    the reading; the topic also tells the language to frame the reply in. Search, quote, compare and latest
    read their words this way (a follow's matching by `read_topic` alone: it says nothing back)."""
    topic = read_topic(searcher, text)
    read = read_plain(searcher, topic.words, topic.also)
    read.reading.translations = topic.translations
    read.reading.left_out = topic.left_out
    read.reading.also = topic.also
    read.reading.joined = topic.joined
    read.reading.undiminished = topic.undiminished
    return topic, read


#: Stories whose text tells whether a word typed in lower case is a name.
NAME_STORIES = 10


def _capitalised_share(forms: tuple[str, ...], texts: list[str]) -> tuple[int, int]:
    """How often the forms stand in the texts inside a sentence, and how often capitalised there."""
    inside = capitalised = 0
    if not forms:
        return inside, capitalised
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)
    for text in texts:
        for match in pattern.finditer(text):
            if opens_sentence(text, match.start()):  # a capital there says nothing of a name
                continue
            inside += 1
            capitalised += match.group()[0].isupper()
    return inside, capitalised


def written_as_name(forms: tuple[str, ...], texts: list[str]) -> bool:
    """Whether the texts write a word (any of its forms) as a name: capitalised inside sentences more often than
    not. Chat seldom capitalises ("wie is zelensky?", "dodental overstromingen iran"); the articles do."""
    inside, capitalised = _capitalised_share(forms, texts)
    return bool(inside) and capitalised * 2 > inside


def read_names(question: Question, found: list[Found]) -> None:
    """A question asking who or what a few words typed in lower case are ("wie is zelensky?") asks for a
    description, as "wie is Zelensky?" does, when the stories found write each of those words as a name."""
    named = [word for word in question.words if word.text in question.describe_if_names]
    if not named or len(named) < len(question.describe_if_names):
        return
    texts = [item.story.text for item in found[:NAME_STORIES]]
    if all(written_as_name(tuple(form for form in word.forms if form.replace("-", "").isalpha()), texts)
           for word in named):  # a name's hyphenated part too ("han duck-soo")
        as_description(question, named)


#: A word as typed, its hyphenated parts together ("Noord-Koreaanse"), without the punctuation around it.
_TYPED_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def names_searched(text: str, read: ReadQuery, found: list[Found]) -> list[tuple[str, ...]]:
    """The index terms of each word of `text`, as `read` searched it, that the stories found write as a name
    ('iran' of "dodental overstromingen iran"): a comparison's figures come from stories naming one of them.
    The names are said back in the reading as typed, neighbouring words as one ("Noord-Koreaanse", "noord
    koreaanse", not its parts)."""
    texts = [item.story.text for item in found[:NAME_STORIES]]
    names = {word: group for word, group in zip(read.reading.words, read.groups, strict=True)
             if word.isalpha() and written_as_name((word,), texts)}
    said: list[list[str]] = []
    after_name = False
    for typed in _TYPED_WORD.finditer(text):
        is_name = any(part in names for part in TOKEN.findall(typed.group()))
        if is_name and after_name:
            said[-1].append(typed.group())
        elif is_name:
            said.append([typed.group()])
        after_name = is_name
    read.reading.names = list(dict.fromkeys(" ".join(words) for words in said))
    return list(names.values())
