"""Stage 1: read the question — its language, the kind of answer it asks for, and its content words.

The kind decides which spans can answer (a figure for "hoeveel", a name for "wie", …); it is read from
the question words both languages use to ask, the one place where rules per question word remain. The
content words are everything else that is not a stop word; how much each says is left to `weights`
and to the fitted model, so chat words ("nou", "eigenlijk", "snap er niks van") are kept but weigh
little instead of being listed. English words are translated through `lexicon`; a word it does not know
(a name, a Dutch word in an English question) is kept as written.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from index.analysis import STOP_WORDS, fold, terms
from index.answers.forms import dutch_number, other_number, undiminished
from index.answers.lexicon import translate
from index.answers.spans import (
    BETWEEN_NAME_WORDS,
    MEASURE_KINDS,
    PARTICLES,
    common_compound,
    is_adjective,
    joined_by,
)
from index.figures import SMALL_NUMBERS, UNIT_KINDS
from index.models import Figure
from index.reading import typed_text
from index.word_forms import finite_verb, inflected_adjective, leans, past_tense

#: "drie of vier (zetels)": a question naming two figures asks which one the reports give.
_SMALL = rf"(?:\d+|{SMALL_NUMBERS})"
_EITHER_NUMBER = rf"{_SMALL}\s+of\s+{_SMALL}\b"
_OFFERED = re.compile(rf"\b{_EITHER_NUMBER}", re.IGNORECASE)
#: Where a question can start: the message's start, or after a remark that leads in to it ("Ambetant hé,
#: da gedoe met PostNL. Wat zei de Consumentenbond …?"), and after a few words that lead in to it in the
#: same sentence ("nou, wat zei …", "kan iemand me vertellen wat … zei"), none of them a question word:
#: their own question word decides then ("hoeveel mensen weten wat hij zei" counts). The marks before the lead-in
#: are bounded: an unbounded run is tried again from every mark of a long one (4,500 characters of ". " took
#: 2.6 s to read; docs/performance.md).
_QUESTION_WORD = r"(?:wat|wie|hoe\w*|waar\w*|wanneer|welke?|what|who|how|where|when|why|which)\b"
_LEAD_IN = rf"\W{{0,20}}(?:(?!{_QUESTION_WORD})[^\W\d_]+(?:-[^\W\d_]+)*,?\s+){{0,4}}?"
_START = rf"(?:^|[.!?]\s){_LEAD_IN}"
#: How a quantity went ("hoe liep het aantal doden op", "hoe is de prijs veranderd", "hoe ontwikkelde het
#: dodental zich", "how did the number of … change"): a question about a count ("aantal", "dodental": -tal)
#: or an amount, whatever verb tells its course.
_COURSE = (r"\bhoe\s+(?:[^\W\d_]+\s+){1,2}?(?:het|de)\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:tal|bedrag|percentage"
           r"|prijs|prijzen|kosten|omvang|schade|opbrengst)"
           r"|\bhow\s+(?:[^\W\d_]+\s+){1,2}?the\s+(?:[^\W\d_]+\s+)?(?:number|amount|price|prices|cost|costs|toll"
           r"|count|share|percentage)")
#: How a match or a vote ended, asked as its score ('3-1'): "hoe eindigde Vitesse tegen PSV", "met welke uitslag",
#: "wat was de eindstand", "what was the score", "how did the game end". Not "hoe is het afgelopen (met …)",
#: which asks as often how a case or a person fared.
_RESULT = (r"hoe\s+(?:eindigde|eindigt|eindigden|is\s+.{1,60}?\s+geëindigd)"
           r"|(?:met\s+)?welke\s+(?:eind)?(?:uitslag|stand|score)|(?:wat|welke?)\s+(?:is|was|werd|werden)\s+(?:de\s+)?"
           r"(?:eind)?(?:uitslag|stand|score)|what\s+was\s+the\s+(?:final\s+)?(?:score|result)"
           r"|how\s+did\s+.{1,60}?\s+end")
#: The verbs a question asks what someone said with ("wat zei …", "what did … say").
_SAYING = (r"zei|zegt|zeiden|zeggen|gezegd|verklaarde|verklaart|vond|vindt|vonden|vinden|schreef|schrijft|meldde"
           r"|twitterde|reageerde|reageert|noemde|noemt|beloofde|belooft|beloofd|beweerde|beweert|beweerd|waarschuwde"
           r"|waarschuwt|antwoordde|said|say|says|think|thinks|thought|react|reacted|call|called|promised|claimed|warned")
#: A question about who said or reported something ("wie meldde dat …", "who reported …"): the name a sentence
#: gives as the news's source (`spans.attributes`) answers it.
_ABOUT_SOURCE = re.compile(rf"\b(?:{_SAYING}|meldt|melden|meldden|gemeld|bericht\w*|schreven|geschreven"
                           r"|report|reports|reported|wrote|announced)\b", re.IGNORECASE)
#: Belgian Dutch asks a name with "noemen": "hoe noemt die traditie?" is "hoe heet die traditie?", where "hoe
#: noemt Trump de aanval?" asks what he called it: a demonstrative and a noun in small letters after the verb.
_NAMING = r"noem(?:t|de|den|en)"
_DEMONSTRATIVE = r"(?:die|dat|deze|dit)"
_NOUN_AFTER = r"\s+(?-i:[a-zà-ÿ])"
_NAMED = rf"\s+{_DEMONSTRATIVE}{_NOUN_AFTER}"
#: "hoe heet", "hoe heette", "hoe heetten", "hoe heten": a name is asked.
_HEET = r"hoe\s+he(?:et|ette|etten|ten)"
#: After "what": "what is it called", "what was that new Dutch car park called": a name, not what someone said.
_CALLED = r"(?:is|was|are|were)\s+(?:\w+\s+){1,5}called"
#: "the name of the clinic": the thing whose name is asked follows.
_NAME_OF = r"name\s+of\s+(?:the|that|this)"
#: The answer kinds, by the question words that ask for them. The earliest question word in the question
#: decides ("hoe heette die man … bij mensen waar hij ruzie mee had": a name, not a place), but for a topic's
#: relative "waar" before a clause that asks its own question (`_asked`); where two patterns match at the same
#: place, the first listed.
_KIND_PATTERNS = (
    # after a comma too: "die minister van Financiën, wat zei zij over …"; every match ends with the verb of
    # saying, which `read_question` therefore leaves out of the question's words; "what is X called" asks a name
    ("wat_zei", rf"(?:^|[.!?,]\s){_LEAD_IN}"
                rf"(?:en\s+)?(?:wat|wa|what)\b(?!\s+{_CALLED})"
                rf".{{0,80}}?\b(?:{_SAYING})\b"
                r"|\bwaarmee\s+(?:vergeleek|vergelijkt)\b|\bhow\s+did\b.{0,60}\b(?:react|describe)\b"
                rf"|{_START}(?:en\s+)?hoe\s+(?:reageerde|reageert|reageerden|{_NAMING}(?!{_NAMED})|beschreef|omschreef)\b"),
    ("waarom", r"\b(?:waarom|hoezo|om\s+welke\s+reden|hoe\s+(?:komt|kwam|kan|kon)\s+het|why|for\s+what\s+reason"
               r"|(?:wat|welke)\s+(?:is|was|zijn|waren)\s+de\s+oorza(?:ak|ken))\b"
               rf"|{_START}(?:en\s+)?waardoor\b"),  # a question's "waardoor", not a clause's ('de film waardoor')
    ("hoeveel", r"\b(?:hoeveel\w*|hoelang|hoe\s+(?:veel|much|many)|hoe\s+groot|hoe\s+hoog|hoe\s+lang|hoe\s+oud"
                r"|hoe\s+duur|hoe\s+zwaar|hoe\s+ver|hoe\s+hard|hoe\s+snel|hoe\s+diep|hoe\s+vaak|hoe\s+dikwijls"
                r"|welk\s+percentage|welk\s+(?:aan)?deel|welk\s+bedrag"
                r"|welke\s+(?:aantallen|cijfers|getallen|bedragen)|(?:wat|welke)\s+(?:waren|zijn)\s+(?:de\s+)?"
                rf"(?:aantallen|cijfers|getallen|bedragen)|{_EITHER_NUMBER}"
                r"|wat\s+kost\w*|how\s+(?:many|much|long|old|high|big|large|far|often|fast|heavy|tall|deep|wide)"
                r"|what(?:'s|’s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:\w+\s+)?(?:share|percentage|proportion|amount"
                r"|number|place|position|temperature|price|cost|speed|distance|depth|height|age|fine)|by\s+how\s+much"
                r"|\b(?:wat|welk)\s+(?:is|was|waren|zijn|wordt|werd)\b.{0,20}?\b(?:het|de)\s+(?:\w+\s+)?(?:\w+-)?(?:bedrag"
                r"|[^\W\d_]*tal|percentage|prijs|kosten|omvang|schade|opbrengst|omzet|begroting|leeftijd|gewicht"
                r"|snelheid|temperatuur)"
                rf"|{_START}(?:en\s+)?(?:het\s+)?aantal|{_COURSE}|(?:op\s+)?welke\s+(?:diepte|hoogte|lengte|afstand|snelheid"
                r"|leeftijd|straf|celstraf|gevangenisstraf|boete|temperatuur)"
                rf"|{_RESULT})\b"),
    ("wanneer", r"\b(?:wanneer|hoe\s+laat|op\s+welke\s+(?:dag|dagen|datum)|welk\s+jaar|welke\s+datum"
                r"|sinds\s+wanneer|when|what\s+(?:year|date|day|time)|which\s+(?:day|year|date))\b"),
    ("waar", r"\b(?:waar|waarheen|waarvandaan|(?:in|op|naar|bij|uit|vanuit)\s+welke?\s+(?:\w+e\s+)?"
             r"(?:stad|plaats|regio|land|provincie|gemeente|dorp|park|museum|gebouw|straat|wijk|ziekenhuis"
             r"|gevangenis|zaal|stadion)|(?:in|uit|naar)\s+welk\s+(?:deel|gedeelte)"  # "bij welk deel": a share
             r"|welke?\s+(?:\w+e\s+)?(?:stad|plaats|regio|land|provincie|gemeente|dorp)|where"
             r"|in\s+which\s+(?:\w+\s+)?(?:city|country|place|town|park|museum|region|hospital|prison"
             r"|province|village|street|stadium)|which\s+(?:\w+\s+)?(?:city|country|town|village|province|region))\b"),
    ("wie", rf"\b(?:wie|{_HEET}|hoe\s+{_NAMING}(?={_NAMED})|who|whom|whose"
            rf"|what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+)?names?|what\s+{_CALLED}"
            r"|(?:wat|hoe)\s+(?:is|was|wordt|werd|luidt|luidde)\s+de\s+naam)\b"
            r"|\b(?:welke?\s+(?:\w+e\s+)?|which\s+(?:\w+\s+)?)(?:man|vrouw|persoon|minister|premier|president"
            r"|politicus|partij|organisatie|bedrijf|club|speler|trainer|krant|burgemeester|schrijver|artiest|band"
            r"|rechter|museum|kamerlid|bewindspersoon|staatssecretaris|wethouder|coach|voorzitter|directeur|topman"
            r"|zanger|zangeres|acteur|actrice|advocaat|woordvoerder|kandidaat|winnaar|verdachte|journalist"
            r"|person|party|company|team|player|writer|artist|politician|organisation|organization|hospital"
            r"|newspaper|mayor|singer|actor|actress|lawyer|spokesman|spokeswoman|spokesperson|candidate|winner"
            r"|suspect|mp|lawmaker|chairman|ceo)\b"),
)
KINDS = ("hoeveel", "wie", "waar", "wanneer", "waarom", "wat_zei", "wat")
_KINDS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _KIND_PATTERNS)
#: What a "hoeveel" question measures, when its words say so (the span must then be of that measure).
_MEASURES = (
    ("rank", r"\b(?:hoeveelste|what\s+(?:place|position)|which\s+(?:place|position))\b"),
    ("frequency", r"\b(?:hoe\s+vaak|hoe\s+dikwijls|hoeveel\s+(?:keer|maal)|how\s+often|how\s+many\s+times)\b"),
    ("score", rf"\b(?:{_RESULT}|met\s+hoeveel\s+(?:(?:heeft|hebben|had|hadden)\s+)?(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}"
              r"(?:won|wonnen|gewonnen|verloor|verloren|wint|verliest))\b"),
    ("age", r"\b(?:hoe\s+oud|leeftijd|how\s+old|age)\b"),
    ("duration", r"\b(?:hoe\s*lang|(?:cel|gevangenis|werk)?straf"
                 r"|hoeveel\s+(?:tijd|jaar|jaren|maanden|weken|dagen|uur|minuten)|how\s+long)\b"),
    ("percent", r"\b(?:procent|percentage|welk\s+deel|aandeel|share|percent|proportion)\b"),
    # "hoeveel heeft het gekost" and "hoeveel die fabriek gekost heeft" ask an amount; "hoeveel doden heeft het
    # gekost" a count (its noun says so)
    # A currency in either number ("schade in dollars"); what someone earns is an amount too, and so is "hoeveel"
    # before a sum of money ("hoeveel omzet"; "hoe groot is het aandeel van de omzet" asks a share).
    ("money", r"\b(?:kost\w*|hoeveel\s+(?:heeft|hebben|had|hadden|zal|zou|zullen|de|het|die|dat|da|deze|dit|zo'n"
              r"|een)\b.*\bgekost|euros?|geld|bedrag"
              r"|hoeveel\s+(?:omzet|winst|verlies|schade|subsidie|loon|salaris|belasting|opbrengst)"
              r"|(?:de|het)\s+(?:\w+e\s+)?(?:omzet|opbrengst|begroting)"
              r"|prijs\w*|dollars?|ponden|boete|betaald|betalen|waard|verdien\w*|salaris|cost\w*|money"
              r"|price|fine|paid|pay|worth|pounds|earn\w*|salary)\b"),
    ("speed", r"\b(?:hoe\s+(?:hard|snel)|snelheid|how\s+fast)\b"),
    # not "hoe hoog": amounts, shares and counts are asked that way too ("hoe hoog is de werkloosheid")
    ("distance", r"\b(?:hoe\s+(?:ver|diep|breed)|diepte|afstand|how\s+(?:far|deep|tall))\b"),
    # not "wegen": roads as often as weighing
    ("weight", r"\b(?:hoe\s+zwaar|gewicht|weegt|woog|wogen|gewogen|how\s+heavy|weigh\w*)\b"),
    # English asks a count with "how many" and an amount with "how much" (of money, a substance, a share):
    # "how much asbestos" is no count of things, whatever sentence names a number of them. So does Dutch
    # "hoeveel" right before a verb, with no noun counted ("hoeveel wil Etihad lenen", "hoeveel vraagt hij per
    # uur", "hoeveel gaat de Nederlander erop vooruit"), but not "met hoeveel heeft NAC verloren" (a score).
    ("amount", r"\bhow\s+much\b|(?<!\bmet\s)(?<!\bvan\s)\bhoeveel\s+(?:heeft|hebben|had|hadden|wil|willen|wilde"
               r"|wilden|moet|moeten|moest|moesten|zal|zullen|zou|zouden|kan|kunnen|kon|konden|gaat|gaan|ging"
               r"|gingen|vraagt|vragen|vroeg|vroegen|krijgt|krijgen|kreeg|kregen|brengt|bracht|levert|leverde)\b"),
)
_MEASURE_PATTERNS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _MEASURES)
#: What a "wanneer" question asks for, when its words say so: a time of day, a year, a day, or an end ('tot
#: wanneer').
_WHEN = (("clock", re.compile(r"\b(?:hoe\s+laat|hoe\s+vroeg|(?:at\s+)?what\s+time)\b", re.IGNORECASE)),
         ("year", re.compile(r"\b(?:welk\s+jaar|what\s+year|which\s+year)\b", re.IGNORECASE)),
         ("day", re.compile(r"\b(?:welke\s+(?:dag|datum)|(?:what|which)\s+(?:day|date))\b", re.IGNORECASE)),
         ("until", re.compile(r"\b(?:(?:tot|until|till)\s+(?:wanneer|when)|how\s+long\s+until)\b", re.IGNORECASE)))
#: A "wanneer" question's tense, when its verbs say it: what is still to come ("wanneer gaat het archief
#: open", "wanneer wordt het monument onthuld") or what happened ("wanneer werd hij opgepakt"). A time of the
#: other direction ('gisteren' for the first, 'volgend jaar' for the last) has the asked form, not its substance.
_FUTURE = re.compile(r"\b(?:gaat|gaan|zal|zullen|zou|zouden|wordt|worden|komt|komen|moet|moeten|straks|binnenkort"
                     r"|will|going\s+to|be\s+(?:held|opened|released|unveiled))\b", re.IGNORECASE)
#: What someone wants, plans or expects lies ahead, unless the question is put in the past ("in what year does
#: NASA want astronauts back on the moon": not 'in 1969').
_INTENT = re.compile(r"\b(?:wil|wilt|willen|plant|plannen|hoopt|hopen|verwacht|verwachten|want|wants|plan|plans"
                     r"|hope|hopes|expect|expects|expected\s+to)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|waren|werd|werden|had|hadden|did|were)\b|\b(?:heeft|hebben|is|zijn|has|have)\b.*"
                   r"\b(?:\w*ge\w+(?:[dt]|en)|(?:be|ver|ont|her)\w+[dt]|overleden|\w+ed)\b", re.IGNORECASE)
#: "welk park", "welke nieuwe trainer", "which American museum", and the thing whose name is asked ("hoe heet die
#: politiehond", "the name of the clinic"): the noun naming the kind of thing asked for, past the adjectives before
#: it (in Dutch a word in -e before one that is no verb, no stop word and no name: not 'boete' of "welke boete
#: kreeg" nor 'organisatie' of "welk organisatie Monica Geuze"; in English one of a nation, -an, -ish, -ese, -ch,
#: or a name: "the North Korean leader"), at most two ("welke beruchte Amsterdamse onderwereldfiguur").
#: The words asking for a kind of thing ("what kind of bike lane", "wat voor soort asfalt"): not what it is about.
_ASKING_KIND = r"(?:what|which)\s+(?:kind|sort|type)s?\s+of|(?:wat\s+voor|welke?)\s+soort(?:\s+van)?"
_KIND_NOUN = re.compile(rf"\b(?:{_ASKING_KIND}"
                        rf"|welke?|which|{_HEET}\s+(?:de|het|die|dat|deze|dit|een)"
                        rf"|hoe\s+{_NAMING}\s+{_DEMONSTRATIVE}(?={_NOUN_AFTER})"
                        rf"|{_NAME_OF}|naam\s+van\s+(?:de|het|die|dat|deze|dit))"
                        r"\s+([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})",
                        re.IGNORECASE)
#: The adjective a measuring question word is made with ("hoe oud", "how long", "hoe laat") asks, like "hoeveel":
#: it is not what the question is about ('oud' is no match for 'oud-premier'). Not "hoe hoog" nor "how high",
#: which ask no one measure (`_MEASURES`): what their 'hoog' says ('32 meter hoog') picks it; nor "hoe heet",
#: whose verb news states a name with ('Astana … heet voortaan Noersoeltan').
_MEASURING = (r"(?<=\bhoe\s)(?:oud|lang|groot|duur|zwaar|ver|hard|snel|diep|breed|vaak|dikwijls|laat|vroeg)"
              r"|(?<=\bhow\s)(?:old|long|big|large|far|often|fast|heavy|tall|deep|wide)")
_KIND_FRAME = re.compile(rf"\b(?:{_ASKING_KIND}|{_MEASURING})\b", re.IGNORECASE)
#: A question asking what a thing is called ("hoe heet dat liedje", "what is the film called", "de naam van het boek"):
#: the naming words of `_KIND_NOUN` before a neuter or demonstrative article, which no person's name follows.
_TITLED = re.compile(rf"\b(?:{_HEET}\s+(?:het|dat|dit)|hoe\s+{_NAMING}\s+{_DEMONSTRATIVE}|what\s+{_CALLED}|{_NAME_OF}"
                     r"|naam\s+van\s+(?:het|dat|dit))\b", re.IGNORECASE)
#: A noun naming a kind of thing has at least this many letters (shorter words after "welke" are verbs, 'zit').
KIND_NOUN_LENGTH = 4
_ENGLISH_ADJECTIVE_END = re.compile(r"(?:an|ish|ese|ch)$", re.IGNORECASE)
#: Words that ask for the figures of several reports rather than one ("ik zie verschillende getallen").
_COMPARATIVE = re.compile(r"\b(?:verschil\w*|verloop|cijfers|aantallen|getallen|bedragen|tijden"
                          r"|(?:meer|minder|hoger|lager)\b.{0,40}\bdan|liep|lopen|opgelopen|gestegen|gedaald|gegroeid|gezakt"
                          r"|veranderd|vergeleken|vergelijk\w*|vroeger|toen|eerst|anders|andere|berichten"
                          r"|toegenomen|afgenomen|vs|versus|naar\s+hoeveel|over\s+time|change[ds]?|different|compared|before"
                          r"|reports|risen|increased|decreased"
                          r"|(?:one|another|other)\s+(?:article|report)|kranten|niet\s+eens|(?:afgelopen|door\s+de)\s+jaren"
                          r"|(?:19|20)\d\d\s+en\s+(?:in\s+)?(?:19|20)\d\d)\b", re.IGNORECASE)
#: Asking for two figures at once ("hoeveel hadden ze en hoeveel hebben ze nu", "drie of vier zetels") is a
#: comparison too.
_TWICE = re.compile(rf"\b(?:hoeveel|how\s+(?:many|much))\b.*\b(?:hoeveel|how\s+(?:many|much))\b"
                    rf"|\b{_EITHER_NUMBER}", re.IGNORECASE)
#: More than one asked for: a plural verb after the question word ("wie hadden …", "wie wonnen", "who were").
_SEVERAL = re.compile(r"\b(?:wie\s+(?!ben\b)(?:zijn|gaan|staan|doen|slaan|zien|[^\W\d_]+en)|who\s+(?:are|were|have))\b",
                      re.IGNORECASE)
#: "Wie is Zelensky?": a name alone asks for a description, which the sentence naming its role gives.
_DESCRIBE_START = (_START + r"(?i:en\s+)?(?i:wie|wat|who|what)\s+(?i:is|was|zijn|waren|are|were)\s+"
                   r"(?i:(?:nou|eigenlijk)\s+)*")
_DESCRIBE_END = r"(?i:\s+(?:nou|eigenlijk|precies))*\W*$"
_DESCRIBE = re.compile(_DESCRIBE_START + r"[A-ZÀ-Þ][\w'’.\-]*(?:" + BETWEEN_NAME_WORDS  # "Annemarie van Gaal"
                       + r"[A-ZÀ-Þ][\w'’.\-]*)*" + _DESCRIBE_END)
#: … and typed in lower case, as chat does ("wie is zelensky?"): a description is asked for when the articles
#: write those words as names (`retrieve.read_names`); "wie is favoriet?" asks for a name.
_DESCRIBE_LOWER = re.compile(_DESCRIBE_START + r"(?P<name>[a-zà-ÿ][\w'’.\-]*(?:\s+[a-zà-ÿ][\w'’.\-]*){0,2}?)"
                             + _DESCRIBE_END)
_WORD = re.compile(r"\d+(?:[.,]\d+)*(?:[^\W\d_]+\b)?|\b[^\W\d_]{1,3}[-\u2010\u2011\u2013]\d{1,3}\b"
                   r"|[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
#: English function words beyond the Dutch stop list (they are never translated or searched).
_ENGLISH_STOP = frozenset("""the a an of on at to for from by with is are was were be been being do does did
    how many much who what when where why which whom whose this that these those there their they he she him them am
    his her its it and or but not no has have had will would can could should about into than then so
    as if any some according get got very pretty really actually just right our your my me you we us
    btw lol tbh imo idk gonna wanna kinda sorta u ur pls plz thx anyway anyways""".split())
#: Words before a unit of time that make it the time a question is set in ("hoeveel inbraken vorig jaar",
#: "bezoekers per jaar", "this year"), not a duration it asks for.
_TIME_DETERMINERS = frozenset("""vorig vorige dit deze per afgelopen komend komende volgend volgende elk elke ieder
    iedere this last next every each""".split())
#: The words of a Dutch question that say nothing about what it asks: stop words, question words and auxiliaries,
#: and the function words and interjections of Belgian Dutch as people type it ("wa zegt gij da", "allez", "nie",
#: "ne") and the abbreviations of chat ("vd", "idd", "ff", "haha"), which general Dutch frequencies (of written
#: text, mostly of the Netherlands) rate as rare, so as the question's heaviest words; and the English word that
#: makes "hoeveel" of "hoe" in a question typed half in English ("hoe much soldaten").
_DUTCH_STOP = STOP_WORDS | frozenset("""hoeveel hoeveelste wie waar waarom wanneer welk welke waarheen hoezo
    heb hebt heeft hebben had hadden word wordt werd werden waren ben bent kon konden moet moeten mag mocht
    ging gingen gaat gaan
    da wa ne nen gij ge zijt zijde nie ni allez allee awel amai efkes
    vd vh idd mss wss wrs ff btw haha hihi lol omg ofzo enzo gwn nvm iig sws egt zn
    z'n zo'n m'n d'r z’n zo’n m’n d’r
    much many""".split())


@dataclass(slots=True)
class Word:
    """A content word of the question and the Dutch forms it is searched in."""

    text: str  # as typed
    forms: tuple[str, ...]  # Dutch words to search (the word itself, or its translations)
    name: bool = False  # capitalised in the question, or a number: names and numbers carry over
    timed: bool = False  # a time the question is set in ('vorig jaar', 'per week'), not a duration it counts
    alone: bool = False  # a name of one word ('Israëliërs'), not part of a longer one ('Forum voor Democratie')


@dataclass(slots=True)
class Question:
    text: str  # as typed (said back to the user)
    asked: str  # without a request before it (`_REQUEST`), a tag after it (`_TAG`) and the remarks after it
    # (`without_remarks`): what its words and meaning are read from
    language: str  # "nl" | "en"
    kind: str  # one of KINDS
    measure: str | None = None  # age | duration | percent | money | score | frequency … for "hoeveel"; clock | year |
    # until for "wanneer"
    tense: str = ""  # "past" | "future" | "" for "wanneer" and "hoeveel": the direction of the time asked for
    kind_nouns: tuple[str, ...] = ()  # folded forms of the noun naming the asked kind ('park', 'ziekenhuis', 'hond')
    preposition: str | None = None  # the Dutch preposition its question word goes with ('met' in "met hoeveel")
    comparative: bool = False
    offered: frozenset[str] = frozenset()  # the index terms of the figures it offers to choose from ("1500 of 10000")
    describe: bool = False  # "wie is X?": the sentence describing X answers, not a name beside it
    titled: bool = False  # "hoe heet dat liedje": a thing's name, which news may write as a title in quotation marks
    #: "wie is x y?" in lower case: its words x and y; `describe` if the articles write them as names
    describe_if_names: tuple[str, ...] = ()
    several: bool = False  # "wie hadden …": more than one is asked for, so names listed together answer
    about_source: bool = False  # "wie meldde dat …": who said or reported something (`_ABOUT_SOURCE`)
    words: list[Word] = field(default_factory=list)
    focus: int | None = None  # the word the question asks about: the first after its question words
    #: The words right after its question word, up to a stop word or a verb: what "hoeveel" counts ('hoeveel
    #: gevluchte leerkrachten', 'how many measles cases'), as indices of `words`.
    counting: tuple[int, ...] = ()
    terms: frozenset[str] = frozenset()  # the index terms of every form of its words
    name_terms: frozenset[str] = frozenset()  # the index terms of its names as typed
    unit_terms: frozenset[str] = frozenset()  # the index terms of the words a figure's unit may name (`counts`)
    #: The kinds of things its words count ('soldaten' -> troops), set by retrieval (`Retrieved.counted`):
    #: those of a misspelled word ('soldatne') are known only once the index has told it from a name.
    counted: frozenset[str] = frozenset()
    #: Its typos and the words they are read as ("soldatne": soldaten), known once retrieval found them (`correct`).
    corrected: dict[str, str] = field(default_factory=dict)

    def correct(self, corrections: dict[str, str]) -> None:
        """Read its typos as the words meant (`Retrieved.corrections`), as the index matched them: in its meaning
        (the embedding model reads "soldatne" as another word) and in its terms ('1500 soldaten' is no figure new
        to "hoeveel soldatne …"). The seed pages' answer to "hoeveel Noord-Koreaanse soldatne zitten in
        Rusland?" was 0.66 sure, against 0.71 for the question typed right."""
        self.corrected = corrections
        meant = frozenset(term for word in corrections.values() for term in terms(word))
        self.terms |= meant
        self.unit_terms |= meant

    @property
    def plain(self) -> str:
        """The question as the embedding model reads it (`plain_text`), without the remarks after it, its typos
        read as the words meant."""
        text = self.asked
        for typo, meant in self.corrected.items():
            text = re.sub(rf"(?<!\w){re.escape(typo)}(?!\w)", meant, text)
        return plain_text(text)

    def counts(self, figure: Figure) -> bool:
        """The figure counts what the question asks about: its unit is one of the question's words or of
        the same kind ('militairen' for 'soldaten'), or it is of the asked measure (money for 'wat kost'). A
        time the question is set in counts nothing ("hoeveel kaas ging er vorig jaar naar de VS": 'tien jaar'
        is no amount of cheese)."""
        if figure.kind is not None and (figure.kind in self.counted
                                        or figure.kind in MEASURE_KINDS.get(self.measure or "", ())):
            return True
        return not self.unit_terms.isdisjoint(terms(figure.unit or ""))


_QUOTED = re.compile(r"['‘’\"“”„][^'‘’\"“”„]+['‘’\"“”„]")


#: How much more frequent (in Zipf units) a word is in one language's general text than in the other's to count
#: as a word of it in a question ("much" English, "de" Dutch; "me" neither).
LEANING = 0.5


def _language(text: str) -> str:
    """English when more of the question's words are more frequent in English than in Dutch. Names
    and quoted titles ('Vaas met klaprozen') do not vote: they are the articles' words in any language. A
    capitalised first word votes, as a question word ("How many …"), but not alone: "Trump" or "Zelensky?" is
    a name, and read as English it was framed in English and searched for as "troef"."""
    votes = lower = 0
    for position, token in enumerate(_WORD.findall(_QUOTED.sub(" ", text))):
        if token[0].isdigit() or (position > 0 and token[0].isupper()):
            continue
        votes += leans(token, "en", LEANING) - leans(token, "nl", LEANING)
        lower += not token[0].isupper()
    return "en" if votes > 0 and lower else "nl"


#: Chat markup that is no word of any article (a Discord message's): mentions of users, roles and channels,
#: @everyone / @here, custom emoji and timestamps; links, bare or in angle brackets; a line's block markup
#: (quotes, headings, subtext); markdown around words (bold, underline, strike-through, spoilers and code are
#: doubled marks or backticks; a single * or _ counts only against a word's edge: "5*3" and "snake_case" keep
#: theirs).
_CHAT_TOKENS = re.compile(r"<@[!&]?\d+>|<#\d+>|@everyone\b|@here\b|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>")
_LINKS = re.compile(r"<?https?://[^\s>]+>?")
_BLOCKS = re.compile(r"^[ \t]*(?:>>> |> |#{1,3} |-# )", re.MULTILINE)
_EMPHASIS = re.compile(r"\*\*|__|~~|\|\||`+|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")


def without_markup(typed: str) -> str:
    """A question as typed in a chat without the chat's markup, its whitespace made single spaces. Left in,
    markup is read as the question's words: "_hoeveel_" is no question word (the question is then read as
    asking for a thing), a link adds "https" and "com", words no article has, and it shifts the question's
    meaning vector, so the same question was answered differently for how it was typed (in /ask, a mention,
    the console or `run_bot.py ask` alike: every question is read here)."""
    plain = _EMPHASIS.sub("", _BLOCKS.sub("", _LINKS.sub(" ", _CHAT_TOKENS.sub(" ", typed_text(typed)))))
    return " ".join(plain.split())



#: A run of the marks chat repeats, spaces between them included ("???", "?! :((", "..."); quotation marks,
#: hyphens and signs such as € and % are not among them.
_MARKS = re.compile(r"([?!.:;()\[\]*~])((?:\s*[?!.:;()\[\]*~])+)")


def plain_text(text: str) -> str:
    """The question without what chat adds to its words: emoji and other pictographs are left out and a run
    of punctuation keeps its first mark ("Rusland??? 😳 ((" -> "Rusland?"). The embedding model reads every
    character: "hoeveel soldaten zitten in Rusland??? 😳 ((" was 8 points less sure of the same answer than
    the question without them. Currency and other signs that say something (€, %, +) stay."""
    kept = "".join(char for char in text if unicodedata.category(char) not in {"So", "Sk", "Cf"})
    kept = _MARKS.sub(lambda run: run.group(1) + (" " if any(char.isspace() for char in run.group(2)) else ""), kept)
    return re.sub(r"\s+", " ", kept).strip()


def _kind_nouns(text: str, words: list[Word], stop: frozenset[str], language: str) -> tuple[str, ...]:
    """The folded forms (translations too) of the noun naming the asked kind of thing (`_KIND_NOUN`), KIND_NOUN_LENGTH
    letters or more."""
    found = _KIND_NOUN.search(text)
    if found is None:
        return ()
    tokens = found.group(1).split()
    at = 0
    while at + 1 < len(tokens) and tokens[at + 1].lower() not in stop and len(tokens[at + 1]) >= KIND_NOUN_LENGTH \
            and _adjective(tokens[at], tokens[at + 1], language):
        at += 1
    noun, following = tokens[at], tokens[at + 1:at + 2]
    if noun.lower() in stop or (language == "nl" and following and following[0].lower() not in stop
                                and inflected_adjective(noun)):  # "welke nieuwe app": a noun too short to tell
        return ()
    word = next((word for word in words if word.text.lower() == noun.lower()), None)
    forms = word.forms if word else (noun,)
    return tuple(dict.fromkeys(fold(form) for form in forms if len(form) >= KIND_NOUN_LENGTH))


#: Where a clause begins: the message's start, or after a punctuation mark.
_CLAUSE_MARK = re.compile(r"[,.!?;:]")
#: A question word opens its clause when at most an "en" and one word come before it ("om hoeveel", "van wie").
_OPENS = re.compile(r"\W*(?:en\s+)?(?:[^\W\d_]+\s+)?", re.IGNORECASE)
#: "waar", "waarmee", "waardoor" in a phrase that names a topic ("die slag bij Gallipoli waar Erdogan mee afkwam,
#: hoelang duurde die?": a duration, not a place) are relative words, not questions; so are English "who",
#: "which" and "where" ("The man who shot the mayor, how old is he?").
_TOPIC = re.compile(r"\s*(?:en\s+|and\s+)?(?:die|dat|deze|dit|de|het|een|that|the|this|a|an)\s", re.IGNORECASE)
_RELATIVE = re.compile(r"waar|who|which|where", re.IGNORECASE)
#: The question words that ask for a thing without saying its kind ("what sentence did he get?").
_WHAT = re.compile(r"\b(?:wat|welke?|what|which)\b", re.IGNORECASE)


def _asked(text: str) -> tuple[str, int, int]:
    """The kind of answer asked for and where its question word starts and ends: the earliest question word,
    passing over a relative "waar…" of a topic phrase when a later clause opens with a question word of its own
    (where two patterns match at the same place, the first listed)."""
    clauses = [0] + [mark.end() for mark in _CLAUSE_MARK.finditer(text)]

    def clause_of(start: int) -> int:
        return clauses[bisect.bisect_right(clauses, start) - 1]  # where the match's clause begins

    def opens(start: int) -> bool:  # a match from the mark before its clause (", wat zei zij") opens it
        return text[start:start + 1] in ".!?," or _OPENS.fullmatch(text, clause_of(start), start) is not None

    found, relative, opening = [], [], False
    for order, (name, pattern) in enumerate(_KINDS):
        for match in pattern.finditer(text):
            start = match.start()
            opened = opens(start)
            opening |= opened
            within = not opened and _RELATIVE.match(text, start) and _TOPIC.match(text, clause_of(start), start)
            (relative if within else found).append((start, order, name, match.end()))
    if relative and not found:  # "that doctor who gave players epo, what sentence did he get?": a thing, no one
        found = [(match.start(), len(_KINDS), "wat", match.end()) for match in _WHAT.finditer(text)
                 if match.start() > relative[0][0] and opens(match.start())]
        opening = bool(found)
    start, _, kind, after = min(found if opening else found + relative, default=(0, 0, "wat", 0))
    return kind, start, after


#: A plural's ending, of a capitalised noun counted after "hoeveel" too ('Nederlanders', 'Britten').
_PLURAL = re.compile(r"(?:s|en)$")


_ASKS = re.compile(rf"\b{_QUESTION_WORD}", re.IGNORECASE)
#: "You", as a request before a question and a tag after it address the reader.
_YOU = r"(?:u|je|jij|jullie|gij|ge|you)"
#: A question put as a request: a verb and "you" first, the question word a few words later ("Kunt u mij vertellen
#: hoeveel …", "Weet gij wie …", "Could you tell me how …"). The request names no topic of the answer; more words
#: before the question word do ("Weet je nog van die aanslag op De Telegraaf wie …").
_REQUEST = re.compile(rf"\W*[^\W\d_]+\s+(?:{_YOU}|iemand|anyone|anybody)\b(?:\s+[^\W\d_]+){{0,4}}?"
                      rf"\s+(?=\b{_QUESTION_WORD})", re.IGNORECASE)
#: A tag that asks back after the question, a comma, a verb and "you", at most two words more ("…, weet gij da?",
#: "…, weet je dat nog?", "…, do you know?"): like a request before the question (`_REQUEST`) it names no topic.
_TAG = re.compile(rf",\s*[^\W\d_]+\s+{_YOU}\b(?:\s+[^\W\d_]+){{0,2}}\s*(?=\?)", re.IGNORECASE)
#: Where a sentence after the question ends: after a question or exclamation mark, or a full stop after a word
#: (not the initial of "Laura H. nou in 2017").
_SENTENCE_END = re.compile(r"(?<=[?!])\s+|(?<=[^\W\d_]{2}\.)\s+")


#: The word before a question word, which belongs to its clause ("met hoeveel", "boete van hoeveel").
_WORD_BEFORE = re.compile(r"(?:[^\W\d_]+\s+)?$")
#: The prepositions a question word goes with that an article writes before the answer too ("met hoeveel" — 'met
#: 300 stemmen', "als hoeveelste" — 'als zestiende', "in welk jaar" — 'in 2011', "tot wanneer" — 'tot medio 2022',
#: "van wie" — 'van horecaondernemer Yossi Eliyahoo'), English ones as Dutch writes them.
_INTRODUCING = {**{word: word for word in "aan als bij door in met na naar om op over sinds tegen tot uit van voor"
                   .split()}, "until": "tot", "since": "sinds", "after": "na", "with": "met"}
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _preposition(text: str, start: int) -> str | None:
    """The preposition the question word at `start` goes with: the first word of what asks ("in welke stad") or the
    word before it ("met hoeveel")."""
    own = _FIRST_WORD.match(text, start)
    words = [own.group() if own else "", _WORD_BEFORE.search(text, 0, start).group().strip()]
    return next((_INTRODUCING[word.lower()] for word in words if word.lower() in _INTRODUCING), None)


#: The word right after a question word.
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _measured(text: str) -> str | None:
    return next((name for name, pattern in _MEASURE_PATTERNS if pattern.search(text)), None)


def _measure(text: str, start: int, after: int) -> str | None:
    """What a "hoeveel" question measures (`_MEASURES`), read first in the question's own clause, from the word
    before its question word to its question mark: "Dat nieuwe geld voor FC Twente, hoeveel gratis kaartjes moet
    de club weggeven?" counts tickets, it asks for no sum of money. A clause that names no measure and counts a
    noun ("hoeveel gratis kaartjes") asks for that count; one that counts none ("boete snorfiets hoeveel", "de
    boete, van hoeveel?") is read with the words before it."""
    clause_start = _WORD_BEFORE.search(text, 0, start).start()
    closing = text.find("?", after)
    if measure := _measured(text[clause_start:closing + 1 if closing >= 0 else len(text)]):
        return measure
    following = _NEXT_WORD.match(text, after)
    word = following.group(1).lower() if following else ""
    counts_a_noun = bool(word) and word not in _DUTCH_STOP | _ENGLISH_STOP and not finite_verb(word)
    return None if counts_a_noun else _measured(text)


def without_remarks(text: str, after: int) -> str:
    """The question without the remarks chat adds after its question mark: a statement there, with no question
    word of its own ("… ? snap er niks van", "Terecht trouwens", "Ik zie verschillende getallen passeren,
    allez.") says how the asker feels or what they saw, not what is asked. Its words are no topic of the
    answer, yet weighed as the question's: 'getallen', 'passeren' and 'allez' found other stories than 'zetels',
    'Forum' and 'Eerste Kamer' did. A later question ("Van hoeveel naar hoeveel mensen?", "€9,75 of 10%?")
    stays. `after`: where the question word ends (`_asked`)."""
    closing = text.find("?", after)
    if closing < 0:
        return text
    kept = [text[:closing + 1]] + [part for part in _SENTENCE_END.split(text[closing + 1:])
                                   if part.rstrip().endswith("?") or _ASKS.search(part)]
    return " ".join(part.strip() for part in kept)


def _tense(text: str, language: str) -> str:
    """"future" or "past" when the question's verbs say it (`_FUTURE`, `_PAST`; in Dutch also a verb's simple
    past: 'kreeg', 'stemden', 'haalden'), else ""."""
    if _FUTURE.search(text):
        return "future"
    if _PAST.search(text) or (language == "nl" and any(
            past_tense(word.lower()) for word in _WORD.findall(text))):
        return "past"
    return "future" if _INTENT.search(text) else ""


def _adjective(word: str, following: str, language: str) -> bool:
    """`word` is an adjective going with the word `following` it in the words naming the asked kind (`_KIND_NOUN`)."""
    if language != "nl":  # or a name that qualifies it ("the North Korean leader", "which Ajax player")
        return bool(_ENGLISH_ADJECTIVE_END.search(word)) or word[:1].isupper()
    name = following[0].isupper() and not is_adjective(following)  # 'Monica', not 'Amsterdamse'
    return word.lower().endswith("e") and not name and not finite_verb(following.lower())


def _past_adjectives(question: Question) -> int | None:
    """The word the question asks about, past the adjectives before it ("die duitse tuinman", "welke rijke
    familie", "de volgende zonsverduistering"): the noun says what is asked, the adjective only which one, and a
    span beside 'duitse' is no answer to who the gardener was."""
    focus = question.focus
    if focus is None or question.language != "nl":
        return focus
    while focus + 1 < len(question.words) and not question.words[focus + 1].name \
            and inflected_adjective(question.words[focus].text) \
            and written_before(question, question.words[focus], question.words[focus + 1]):
        focus += 1
    return focus


def written_before(question: Question, one: Word, other: Word, between: str = r"\s+") -> bool:
    """The question writes word `one` right before word `other`, with only `between` in between ("Noord-Koreaanse
    leider", "die duitse tuinman")."""
    return re.search(rf"(?<!\w){re.escape(one.text)}{between}{re.escape(other.text)}(?!\w)", question.asked) is not None


#: What stands between the words of one name in a question: 'Forum voor Democratie', 'Ron de Groot'.
_IN_NAME = joined_by(PARTICLES | {"voor"})


def _mark_alone(question: Question) -> None:
    """Sets `Word.alone` on the question's names that no other name of it stands next to."""
    names = [word for word in question.words if word.name and not word.text[0].isdigit()]
    joined: set[int] = set()
    for index, (one, other) in enumerate(itertools.pairwise(names)):
        if written_before(question, one, other, _IN_NAME):
            joined |= {index, index + 1}
    for index, word in enumerate(names):
        word.alone = index not in joined


def _name_terms(words: list[Word]) -> frozenset[str]:
    """The index terms of the words that are names, as typed."""
    return frozenset(term for word in words if word.name for term in terms(word.text))


def as_description(question: Question, named: list[Word]) -> None:
    """Read "wie is x y?", typed in lower case, as `read_question` reads "wie is X Y?" once its words are known
    to be names (`retrieve.read_names`): a description is asked for, of names, and no word is asked about."""
    for word in named:
        word.name = True
    question.describe, question.kind, question.several, question.focus = True, "wat", False, None
    question.name_terms = _name_terms(question.words)


def _named_words(text: str) -> tuple[str, ...]:
    """The words typed in lower case after "wie is" that would make the question one asking for a description
    (`_DESCRIBE_LOWER`), if they are names."""
    match = _DESCRIBE_LOWER.match(text)
    return tuple(word.strip(".'’-") for word in match.group("name").split()) if match else ()


def read_question(text: str) -> Question:
    text = without_markup(text)
    language = _language(text)
    kind, start, after = _asked(text)
    preposition = _preposition(text, start)
    describe = bool(_DESCRIBE.match(text))
    if describe:
        kind = "wat"
    measure = None
    if kind == "hoeveel":
        measure = _measure(text, start, after)
    elif kind == "wanneer":
        measure = next((name for name, pattern in _WHEN if pattern.search(text)), None)
    asked = without_remarks(text, after)
    request = _REQUEST.match(asked)  # "Kunt u mij vertellen hoeveel …": read from its question word
    start = request.end() if request else 0
    asked = _TAG.sub("", asked[start:])
    tense = _tense(asked, language) if kind in {"wanneer", "hoeveel"} else ""  # "… krijgt Forum? Eerst hoorde ik"
    question = Question(text=text, asked=asked, language=language, kind=kind,
                        measure=measure, tense=tense, describe=describe,
                        describe_if_names=() if describe else _named_words(text),
                        several=kind == "wie" and bool(_SEVERAL.search(text)),
                        titled=kind == "wie" and bool(_TITLED.search(text)),
                        about_source=bool(_ABOUT_SOURCE.search(asked)),
                        comparative=bool(_COMPARATIVE.search(text) or _TWICE.search(text)),
                        offered=frozenset(term for match in _OFFERED.finditer(text)
                                          for number in re.split(r"\s+of\s+", match.group(), flags=re.IGNORECASE)
                                          for term in terms(number)),
                        preposition=preposition)
    stop = _ENGLISH_STOP | STOP_WORDS if language == "en" else _DUTCH_STOP
    # A Dutch question typed half in English ("how much procent of the vlinders"): its English function words
    # say no more than the Dutch ones do (one alone is a Dutch word: "de as van het kwaad").
    mixed = language == "nl" and sum(leans(token, "en", LEANING) for token in _WORD.findall(question.asked)
                                     if token.lower() in _ENGLISH_STOP) >= 2
    seen: set[str] = set()
    framing = [frame.span() for frame in _KIND_FRAME.finditer(question.asked)]
    previous = ""
    phrase = True  # still in the words right after the question word
    for position, match in enumerate(_WORD.finditer(question.asked)):
        token = match.group()
        lowered = token.lower()
        before, previous = previous, lowered
        asked_after = start + match.start() >= after  # past the question word
        if asked_after and (lowered in stop or (language == "nl" and finite_verb(lowered))):
            phrase = False
        if lowered in stop or (len(lowered) < 2 and not lowered.isdigit()) or fold(lowered) in seen:
            continue
        if (mixed and lowered in _ENGLISH_STOP and leans(lowered, "en", LEANING)) or any(
                begin <= match.start() < end for begin, end in framing):
            continue
        if kind == "wat_zei" and start + match.end() == after:  # the verb of saying asks, like "wat"
            continue
        seen.add(fold(lowered))
        # 'NAVO-chef', 'D66-Kamerlid': a common noun made with a name is the role asked about, not a name
        name = token[0].isdigit() or (((token[0].isupper() and position > 0) or token.isupper())
                                      and not common_compound(token))
        forms: tuple[str, ...] = (token,)
        if language == "en" and token[0].isdigit():
            forms = (dutch_number(token),)
        elif language == "en":
            translated = translate(lowered)
            forms = (*translated, token) if translated else (token,)
        elif not name and (base := undiminished(token)):  # 'kindjes' is searched as kind (and kinderen) too
            forms = (token, base)
        forms = tuple(dict.fromkeys((*forms, *filter(None, map(other_number, forms)))))
        # the noun counted right after "hoeveel" is asked about even when capitalised ('Nederlanders', 'Britten')
        counted = kind == "hoeveel" and phrase and not question.counting and _PLURAL.search(token) is not None
        if question.focus is None and asked_after and (not name or counted):
            question.focus = len(question.words)
        timed = before in _TIME_DETERMINERS and any(UNIT_KINDS.get(fold(form)) == "duration" for form in forms)
        if phrase and asked_after:
            question.counting += (len(question.words),)
        question.words.append(Word(token, forms, name, timed))
    question.focus = _past_adjectives(question)
    _mark_alone(question)
    question.terms = frozenset(term for word in question.words for form in word.forms for term in terms(form))
    question.name_terms = _name_terms(question.words)
    question.unit_terms = frozenset(term for word in question.words if not word.timed
                                    for form in word.forms for term in terms(form))
    question.kind_nouns = _kind_nouns(text, question.words, stop, language)
    return question
