"""Noun phrases, names and pronouns: Indonesian head-first order to English head-last order.

A run of nouns/adjectives is reversed around its head (kota cerdas -> smart city), with determiners,
possessives, numbers and demonstratives placed in front (kunjungan ini -> this visit; rumah saya -> my house;
dua kota -> two cities; Pemerintah Indonesia -> Indonesian government). The first base class of
`grammar.Sentence`, holding the grammar's state.
"""

from __future__ import annotations

from . import english
from .analyse import _CALENDAR, _WEEKDAYS, _YEAR, Tok
from .degrees import _CLAUSE_BREAK
try:
    import cython               # the compiled build: the types below are declarations for the compiler
except ImportError:
    from ... import _cython as cython     # plain Python: the same decorators, doing nothing

NP_POS = {"n", "adj"}
# Indonesian words for a part of the day (by source word; _PARTS_OF_DAY below maps their English glosses)
_DAY_PART_WORDS = {"pagi", "siang", "sore", "malam", "petang", "dini hari", "subuh"}
_VERBISH = {"v", "aux", "neg", "modal"}
_NP_OPENERS = {"n", "det", "plm", "num", "pre"}
_CLAUSE_OPENERS = {".", "!", "?", ";", ":", ","}
_GLOSS_AGREEMENT = {"I": "1s", "we": "1p", "you": "2", "they": "3p", "both": "3p", "all": "3p"}  # pron rows
_TITLES = {"director general", "secretary general", "inspector general", "director", "head", "spokesperson",
           "minister", "deputy minister", "secretary", "chairman", "head of bureau"}
_OFFICES = {"president", "vice president", "governor", "mayor", "regent", "king", "queen", "prince",
            "rector", "chairman", "chairperson", "captain", "host", "leader", "champion", "manager",
            "coach", "spokesman", "ambassador", "commander", "chief", "dean", "principal", "CEO"}
_PLACE_KINDS = {"city", "town", "village", "province", "island", "district", "regency"}
_PERSON_NOUNS = {"Mr", "Ms", "Mrs", "Miss", "father", "mother", "brother", "sister", "older brother",
                 "older sister", "younger brother", "younger sister", "uncle", "aunt", "grandmother", "grandfather",
                 "president", "governor", "mayor", "regent", "vice president", "king", "queen", "prince", "coach",
                 "friend", "child", "son", "daughter", "husband", "wife", "doctor", "professor", "teacher", "chef"}
# English names a meal, and a time named by what is done then, without an article (before lunchtime, in rush hour)
_MEALS = {"breakfast", "lunch", "dinner", "brunch", "supper", "mealtime", "lunchtime", "dinnertime", "rush hour",
          "working hours"}
# Verbs of saying and thinking: a noun phrase + adjective after them is a clause of its own (that-clause).
_THAT_VERBS = {"say", "think", "feel", "believe", "guess", "know", "hope", "admit", "realize", "see", "hear"}
# Adjectives of feeling describe a person: said without a subject, they are the writer's own.
_FEELINGS = {"disappointed", "confused", "annoyed", "satisfied", "bored", "surprised", "amazed", "tired", "interested",
             "happy", "sad", "curious", "glad", "angry", "afraid", "scared", "hungry", "sorry", "upset", "excited",
             "shocked", "impressed", "pleased", "worried", "full", "irritated", "regretful", "thirsty", "sleepy",
             "relieved", "grateful", "thankful", "proud", "embarrassed", "nervous", "lazy", "jealous", "sick"}
# Adjectives whose subject is the object of a following passive (mudah dicari -> easy to find, the "tough"
# construction): English uses the active infinitive.
TOUGH = {"easy", "difficult", "hard", "comfortable", "uncomfortable", "perfect", "suitable", "nice", "delicious",
         "fun", "pleasant", "convenient", "impossible", "safe", "worth", "slow", "quick", "fast"}
# (Said first with a bare verb after them, they have lost the "it" of extraposition: Susah cari parkir. -> It's
# hard to find parking.)
# Clause words after which a bare adjective of feeling is the writer's: tapi puas -> but I'm satisfied.
_FEELING_CLAUSE = {"but", "because", "so", "although", "even though", "when", "if"}
# Conjunctions opening a clause of its own, whose bare adjective predicate needs "it" (karena murah -> because it
# is cheap); tapi/dan join predicates (tempatnya kecil tapi bersih -> small but clean).
_SUBORDINATE = {"because", "if"}     # (meski mahal keeps the reduced "although expensive")
_NP_AFTER = {"n", "name", "unk", "abbr", "adj", "num", "plm", "det"}
# What a sentence of joined adjective predicates holds besides its adjectives and dan/tapi (Enak banget dan murah.)
_JOINED_PREDICATE = {"adj", "deg", "part", "conj"}
_JOINING = {"and", "but"}
# Sentence adverbs that may open a sentence of only an adjective predicate, which still needs its "it"
_SENTENCE_OPENERS = {"basically", "overall", "honestly", "in short", "in general", "so far", "in conclusion"}
_BEFORE_AFTERTHOUGHT = {"adj", "deg", "part", "name", "abbr", "unk"}     # (meski mantan striker: an attribute)
_AMOUNTS = {"portion", "amount", "quantity", "serving", "size"}
# enak said of something not eaten is "nice", not "delicious" (also VerbGroups and the yang-clause).
NOT_EATEN = {"place", "atmosphere", "location", "service", "scenery", "view", "room", "music", "seat", "parking",
             "spot", "area", "city", "weather", "air", "ambience", "vibe", "concept", "design", "interior", "bed"}
_PARTS_OF_DAY = {"night": "at night", "morning": "in the morning", "afternoon": "in the afternoon",
                 "evening": "in the evening", "daytime": "during the day", "mealtime": "at mealtime",
                 "lunchtime": "at lunchtime", "dinnertime": "at dinnertime"}
# A conduct adjective (or a comparative) + dong asks for it: Konsisten dong -> Please be consistent (but: Enak dong
# -> it's delicious, of course)
_REQUEST = {"dong", "donk", "dung"}
_CONDUCT = {"consistent", "responsive", "friendly", "patient", "careful", "quick", "fast", "professional", "serious",
            "honest", "polite", "responsible", "alert", "fair", "transparent", "firm", "quiet", "calm", "nice",
            "disciplined", "punctual", "on time", "tidy", "clean", "creative", "decisive"}
# Rough quantities: puluhan/ratusan before a magnitude (puluhan ribu -> tens of thousands of), and a magnitude with
# -an after a number (100 ribuan -> about 100 thousand)
_ROUGH_COUNT = {"puluhan": "tens", "belasan": "tens", "ratusan": "hundreds", "ribuan": "thousands"}
_ROUGH_MAGNITUDE = {"ribu": "thousands", "ribuan": "thousands", "juta": "millions", "jutaan": "millions",
                    "miliar": "billions", "miliaran": "billions", "triliun": "trillions"}
_MAGNITUDE_WORD = {"ribuan": "thousand", "jutaan": "million", "miliaran": "billion", "ratusan": "hundred",
                   "puluhan": "tens"}
# Nouns a number after them identifies (Pasal 28, ayat 2, nomor 5, halaman 3, lantai 2): the number is a label
_LABELS = {"pasal", "ayat", "nomor", "no", "halaman", "bab", "lantai", "kamar", "ruang", "pintu", "gerbang", "jalur",
           "blok", "seri", "tipe", "versi", "episode", "jilid", "grup", "kelompok", "gate", "terminal", "peron", "km",
           "kilometer", "butir", "poin", "huruf", "angka", "nomer", "lampiran", "tahap", "gelombang", "level"}
_ACKNOWLEDGE = {"oke", "ok", "okay", "baik", "sip", "siap"}     # said alone, they answer: Oke. -> Okay.
_SHARED_QUANTITY = {"lots of", "a lot of", "many", "some", "several", "various", "a variety of", "all", "so many"}
_NAME_OR_NUMBER = {"name", "abbr", "num"}
# Verbs whose bare singular object is not "the" one: have/become take "a", liking is generic (suka kopi).
_NO_OBJECT_ARTICLE = {"have", "become", "like", "love", "hate", "prefer"}
_SEEK = {"look for", "search for", "seek", "hunt for"}   # what one looks for is not yet a particular one
_PLURAL_NOUNS = {"noodles", "people", "clothes", "goods"}    # glosses that take a plural verb (the noodles are)
_BEFORE_TIME = {"v", "adj", "adv"}     # a bare part of the day after a predicate says when: ramai malam hari
_MASS = {"food", "accommodation", "information", "water", "money", "help", "parking", "time", "work", "info"}
_OWNERS = {"my", "our", "your"}
_SUITABLE = {"cocok", "pas", "ideal", "cocoknya"}
_PURPOSE = {"untuk", "buat", "bagi"}
_ONE_OF_KIND = {"seorang", "sebuah"}     # classifiers with se- (one): the English "a"
_END_MARKS = {".", "!", "?"}
_EXAMPLED = {"n", "name", "abbr", "unk", "num"}      # a noun before seperti: what follows is an example of it
_ONGOING = {"sedang", "lagi", "tengah"}     # sedang mendapat giliran malam: on a shift one is in, not a new one
_RECEIVE = {"get", "obtain"}      # (not receive/menerima, also "accept"; not win: one wins the match, the cup)
# Nouns English leaves uncounted after get (mendapat dukungan -> got support), and the one ball of a game
_ABSTRACT = {"support", "guidance", "funding", "assistance", "attention", "treatment", "education", "training",
             "protection", "approval", "permission", "profit", "advice", "parole", "justice", "access", "funds",
             "knowledge", "experience", "inspiration", "motivation", "recognition", "appreciation", "praise",
             "equipment", "information", "fund flow", "gold", "silver", "bronze", "fat", "pay", "salary",
             "ball", "energy", "calm", "insurance", "revenue", "income"}
_DESCRIBING = {"yang", "dengan"}      # they open a description after a noun (tempat yang nyaman, resto dengan ...)
_KIN = {"family", "partner", "child", "friend", "friends", "husband", "wife", "children", "kid", "spouse", "girlfriend",
        "boyfriend", "parent", "parents", "sibling", "younger sibling", "older sibling"}
_MEALS_AND_KIN = _MEALS | _KIN
# Quantities of things that are counted, and their form for what is not (terlalu banyak air -> too much water)
_COUNTED_QUANTITY = {"too many": "too much", "many": "a lot of", "a lot of": "a lot of", "lots of": "lots of",
                     "so many": "so much"}
_UNCOUNTED = _MASS | {"oil", "salt", "sugar", "rice", "sauce", "broth", "milk", "ice", "traffic", "noise", "garbage",
                      "trash", "smoke", "dust", "rain", "sambal", "spiciness", "MSG", "flour", "coconut milk",
                      "rubber", "plastic", "cardboard", "paper", "wood", "leather", "sand", "mud", "clay", "soap"}
_COMPANY = {"with", "bring", "take", "invite", "together with", "along with"}    # glosses that bring company
_COMPANY_WORDS = {"bersama", "sama", "ama", "bareng", "dengan", "ajak", "bawa"}
_HOPE = {"expect", "hope"}
_BARE_HOPE = {"harapkan", "harap"}
_ACTION_ENDINGS = ("tion", "sion", "ment", "ing", "ance", "ence", "ation", "al")
_SINGLING_OUT = {"favorit", "favoritnya", "andalan", "andalannya", "unggulan", "kesukaan", "paling"}
# First words of a gloss that is already quantified (beberapa minggu -> several weeks): no article before it.
_QUANTIFIER_WORDS = {"both", "several", "some", "many", "various", "few", "every", "each"}
_DEFINITE_MODIFIERS = {"first", "second", "third", "last", "next", "only", "main", "same"}
_TIME_NOUNS = {"week", "month", "year", "day", "night", "morning", "afternoon", "evening", "time", "ago"}
# sesuai (dengan) as a predicate is the verb "match" (harga sesuai kualitas -> the price matches the quality); the
# value says whether the word carries its own negation (tidak sesuai -> does not match).
_MATCHING = {"sesuai": False, "sesuai dengan": False, "tidak sesuai": True, "gak sesuai": True, "nggak sesuai": True,
             "ga sesuai": True, "tdk sesuai": True, "kurang sesuai": True}
# Adjectives that govern a preposition (dekat dengan, jauh dari, penuh dengan, mirip dengan): after a bare subject
# noun they are its predicate, not a modifier (lokasi dekat dengan masjid -> the location is close to the mosque).
_GOVERNING_ADJ = {"dekat": {"dengan", "sama"}, "jauh": {"dari"}, "penuh": {"dengan", "sama"},
                  "mirip": {"dengan", "sama"}, "beda": {"dengan", "sama", "dari"}, "berbeda": {"dengan", "dari"},
                  "sebanding": {"dengan", "sama"}, "sepadan": {"dengan", "sama"}, "setara": {"dengan"},
                  "seimbang": {"dengan"}, "identik": {"dengan"}, "bebas": {"dari"}}


def _superlative(adj: Tok) -> bool:
    """paling/ter- + adjective (most expensive, fastest): the one noun it singles out."""
    return adj.gloss[:5] == "most " or adj.gloss[-3:] == "est" and (adj.low[:3] == "ter" or adj.low[:6] == "paling")


def _countable(heads: list[Tok]) -> bool:
    """Whether a noun phrase can take "a": not a mass noun, a plural-looking gloss (fans, news) or one made
    definite by an ordinal (kali pertama -> the first time)."""
    g = heads[0].gloss
    return g not in _MASS and not (g[-1:] == "s" and g[-2:] != "ss") and not any(
        h.gloss in _DEFINITE_MODIFIERS for h in heads[1:])


def _of_name(head: Tok) -> bool:
    """A noun that takes a following name as its complement: a kind of place (kota Samarra -> the city of Samarra)
    or an action noun made with peN-/per-/ke-...-an (penyelenggaraan WSCE -> the holding of WSCE), unlike a title
    or a common noun standing before a name (Presiden Joko Widodo, perusahaan Apple)."""
    if head.gloss in _PLACE_KINDS:
        return True
    low = head.low
    return low.endswith("an") and low.startswith(("pe", "ke")) and " " not in low and head.gloss.endswith(
        _ACTION_ENDINGS)


def _se_measure(h: Tok) -> bool:
    """A se- word whose English carries its own article: seporsi -> a portion, sejam -> an hour, semangkuk -> a
    bowl (so no "the" before it, and "a portion of" + the noun after it)."""
    return h.low[:2] == "se" and (h.gloss[:2] == "a " or h.gloss[:3] == "an ")


def _coordinated_heads(words: str) -> bool:
    """Whether the "and" in a noun phrase's English joins two things (the husband and wife: plural), not two
    modifiers of one head (Law and Human Rights Minister) or two objects of its "of" (the Ministry of Maritime
    Affairs and Fisheries): one word after the last "and", and no "of" before it."""
    before, _, after = words.rpartition(" and ")
    return " " not in after and " of " not in before and before[:3] != "of "


class NounPhrases:
    """The first of the grammar's mixin chain (NounPhrases <- ClauseChecks <- VerbGroups <- grammar.Sentence): it
    holds every piece of state the grammar keeps, declared once here (and in nouns.pxd for the compiled build,
    where the chain is a chain of extension types and `self.x` is a field read)."""

    # slots: no per-object dict to look up; what each one holds is written where grammar.Sentence sets it
    __slots__ = ("t", "_owned", "experiential_at", "out", "demonyms", "tense", "tense_marked", "agr", "has_subject",
                 "has_verb", "np_at", "np_start", "np_plural", "cap_at", "statement", "gap", "main_subject_at",
                 "causee_at", "opening", "fragment_at", "verb_at")

    def _adverb_before_verb(self, i: int) -> bool:
        """sangat/juga/masih before a verb, marker or (predicate) adjective belongs to the verb group."""
        t = self.t
        if t[i].pos != "adv":
            return False
        nxt = t[i + 1] if i + 1 < len(t) else None
        if nxt is not None and nxt.pos == "adv" and i + 2 < len(t):
            nxt = t[i + 2]                        # harga juga relatif murah: adverbs in a row
            if nxt.pos == "adv" and i + 3 < len(t):
                nxt = t[i + 3]
        return nxt is not None and (nxt.pos in {"v", "vpass", "aux", "neg", "modal"} or
                                    nxt.pos == "adj" and self.has_subject and not self.has_verb)

    @cython.locals(t=list, i=cython.Py_ssize_t, n=cython.Py_ssize_t, start=cython.Py_ssize_t,
                   num_at=cython.Py_ssize_t, tok=Tok, nxt=Tok, after=Tok, head=Tok)
    def noun_phrase(self, i: int) -> int:
        start = i
        pre: list[str] = []
        plural = False
        det = ""
        t = self.t
        n = len(t)
        num_at = -1                               # where the first number stands in pre
        rough = False                             # a number + magnitude-an (100 ribuan): an amount, not a quantity
        while i < n and t[i].pos in {"det", "plm", "num", "pre"}:
            tok = t[i]
            if tok.pos == "pre":
                pre.append(self.gloss(tok))       # mantan presiden -> former president
            elif tok.pos == "det":
                det = tok.gloss
            elif i > start and tok.low in _ROUGH_MAGNITUDE and t[i - 1].low in _ROUGH_COUNT and pre and (
                    tok.pos in {"num", "plm"}):
                pre[-1] = f"{_ROUGH_COUNT[t[i - 1].low]} of {_ROUGH_MAGNITUDE[tok.low]} of"
                plural = True                     # puluhan ribu orang -> tens of thousands of people
                if i + 1 < n and t[i + 1].pos == "cls" and (i + 2 >= n or t[i + 2].pos != "n"):
                    i += 1
                    pre.append(t[i].gloss)
            elif tok.pos == "plm" and tok.low in _MAGNITUDE_WORD and i > start and t[i - 1].pos == "num" and (
                    num_at >= 0):
                pre.insert(num_at, "about")       # 100 ribuan -> about 100 thousand (the number is kept)
                pre.append(_MAGNITUDE_WORD[tok.low])
                plural = rough = True
            elif tok.pos == "plm":
                pre.append(tok.gloss)
                plural = True
            else:
                if num_at < 0:
                    num_at = len(pre)
                pre.append(tok.gloss)
                if tok.value is None or tok.value != 1:
                    plural = plural or tok.value is None and tok.gloss not in ("one",) or (tok.value or 0) > 1
                nxt = t[i + 1] if i + 1 < n else None
                if nxt and nxt.pos == "cls":
                    i += 1
                    after = t[i + 1] if i + 1 < n else None
                    if not after or after.pos not in NP_POS:
                        pre.append(nxt.gloss)
            i += 1
        if num_at >= 0 and i < n and t[i].low == "lebih" and t[i].pos == "adv" and t[i - 1].pos in {"num", "plm"}:
            if not (num_at == 0 and self.out and self.out[-1] == "more than"):     # (lebih dari 70.000 lebih)
                pre.insert(num_at, "more than")   # 20 ribu lebih tenaga kerja -> more than 20 thousand workers
            if num_at + 1 < len(pre) and pre[num_at + 1] == "about":
                del pre[num_at + 1]
            if not num_at and self.out and self.out[-1] in {"around", "about", "approximately"}:
                self.out.pop()                    # sekitar 5 ribu lebih -> more than 5 thousand
            i += 1
        heads: list[Tok] = []
        while i < n:
            tok = t[i]
            if tok.pos not in NP_POS and not (heads and tok.pos == "name" and tok.gloss in self.demonyms):
                break
            if heads and tok.graded and not (self.has_verb and _superlative(tok) and heads[-1].pos == "n"):
                break                             # kota sangat cerdas: the city is very smart, not a modifier
                #                                   (but after its verb: pesan menu paling mahal -> the most expensive)
            if heads and tok.pos == "adj" and (tok.low in _GOVERNING_ADJ and self._governs_next(i) or (
                    tok.low in _MATCHING and not self.has_subject)):
                break                             # lokasi dekat dengan masjid: the location is close to ...;
                #                                   harga sesuai kualitas: the price matches the quality
            heads.append(tok)
            i += 1
            if tok.poss or tok.pos == "adj" and tok.low[:3] == "ke-":
                break                             # (an ordinal ends its phrase: menit ke-78 | giliran ...)
        if not heads:
            self.np_plural = plural
            if pre and t[i - 1].pos == "plm" and not det and not rough and (i >= n or t[i].pos != "cls"):
                if len(pre) > 1:
                    self.emit_words(pre[:-1])     # (a number before it is never dropped: G30 banyak ...)
                if self.has_subject and not self.has_verb:      # pilihannya banyak -> the choices are many
                    self._many(pre[-1])
                    self.has_verb = True
                else:
                    self.emit("a lot" if pre[-1] in {"a lot of", "lots of"} else pre[-1].removesuffix(" of the"))
                return i
            if det[-3:] == " of" and t[start].pos == "det" and pre and not self.has_subject and (
                    t[i - 1].pos == "num") and (i >= n or t[i].pos in {"punct", "conj", "adv"}):
                self.emit(det[:-3], english.be(self.tense, "3s"))     # Sepiring 30 ribu. -> A plate is 30 thousand.
                self.emit_words(pre)
                self.has_subject = self.has_verb = True
                return i
            if pre and pre[-1][-3:] == " of" and t[i - 1].low in _ROUGH_MAGNITUDE:
                pre[-1] = pre[-1][:-3]            # harganya ratusan ribu -> the price is hundreds of thousands
            if self.has_subject and not self.has_verb and start > 0 and t[start - 1].poss and (
                    t[start].pos == "num" or t[start].low in _ROUGH_COUNT) and (
                    t[start - 1].pos == "n" and self.np_at == len(self.out) - 1 and self._equational(start, i)):
                self.emit(english.be(self.tense, self.agr))     # harganya 120 ribu. -> the price is 120 thousand.
                self.has_verb = True
            self.emit_words(pre)
            if det:
                self.emit(det)
            return i
        if heads[0].low == "pihak" and not pre:
            if len(heads) > 1 and heads[1].pos == "n":
                heads = heads[1:]                 # pihak resto -> the restaurant (the side it names)
            elif len(heads) == 1 and i < n and t[i].pos in {"name", "abbr"} and t[i].cap:
                return i                          # pihak Google -> Google
        head = heads[0]
        # (only "noun ... adjective" can end in a predicate)
        predicate = self._trailing_predicate(start, i, heads) if head.pos == "n" and len(heads) > 1 else None
        if predicate:
            heads = heads[:len(heads) - len(predicate)]
            self.clause_reset()
        poss = heads[-1].poss or ""               # (the head loop stops after the first head with a possessive)
        plural = plural or head.plural
        if not plural and start > 0 and t[start - 1].gloss == "among" and head.pos == "n" and not head.poss and (
                _countable(heads)):
            plural = True                         # di kalangan pengguna -> among users (among takes a plural)
        people = len(heads) == 1 and head.low[:6] == "orang " and head.gloss[:1].isupper()
        plural = plural or people                 # orang Indonesia -> Indonesians (a people, in general)
        if not plural and self.np_plural and start >= 2 and t[start - 1].gloss in {"and", "or"} and (
                t[start - 2].pos == "n" and self.out and self.out[-1] in {"and", "or"}) and 0 <= self.np_start < len(
                self.out) and self.out[self.np_start] in _SHARED_QUANTITY:
            plural = True                         # banyak kecoa dan nyamuk -> lots of cockroaches and mosquitoes
        nxt = t[i] if i < n else None
        npos = nxt.pos if nxt is not None else ""
        year = brand = label = ""
        if npos in _NAME_OR_NUMBER and not poss and head.pos == "n":      # (most phrases: skip all of this)
            if npos == "name" and len(heads) == 1 and head.gloss in {"month", "day"} and nxt.gloss in _CALENDAR and (
                    not pre):
                return self._calendar_name(start, i)  # bulan Mei -> May
            if npos == "num" and not predicate and _YEAR.match(nxt.src) and (i + 1 >= n or t[i + 1].pos != "num"):
                if len(heads) == 1 and head.gloss == "year" and not pre and not det:
                    self.emit("the" if nxt.gloss[-1:] == "s" else "", nxt.gloss)  # sejak tahun 2002 -> since 2002;
                    #                                                          tahun 1990-an -> the 1990s (a decade)
                    return i + 1
                year = nxt.gloss                  # pilkada 2018 -> the 2018 regional election
                i += 1
                nxt = t[i] if i < n else None
            elif npos == "num" and len(heads) <= 2 and heads[-1].low in _LABELS and nxt.src[:1].isdecimal():
                label = nxt.gloss                 # Pasal 28 ayat 2 -> Article 28 paragraph 2: the number names
                i += 1                            # which one (not a count of the noun after it)
                if i + 1 < n and t[i].low == "tahun" and t[i + 1].pos == "num" and _YEAR.match(t[i + 1].src):
                    label += " of " + t[i + 1].src      # UU Nomor 19 Tahun 2016 -> Law Number 19 of 2016
                    i += 2
                nxt = t[i] if i < n else None
            elif npos != "num" and not predicate and (nxt.src.islower() or nxt.src.isupper() and len(nxt.src) > 1):
                brand, i = self._name_modifier(heads, i)
                nxt = t[i] if i < n else None
                if brand and nxt is not None and nxt.pos == "adj" and (nxt.gloss[:5] == "most " or nxt.gloss[-3:] == "est"):
                    brand = nxt.gloss + " " + brand   # cabang bca terdekat -> the closest BCA branch
                    i += 1
                    nxt = t[i] if i < n else None
        elif len(heads) == 1 and head.gloss in _PARTS_OF_DAY and start > 0 and t[start - 1].pos in _BEFORE_TIME and not (
                poss or pre or det) and (nxt is None or npos in {"punct", "conj"}):
            self.emit(_PARTS_OF_DAY[head.gloss])  # datanglah malam -> come at night
            return i
        if nxt is None:
            pass
        elif nxt.pos == "pron" and not poss and nxt.extra and not (    # minggu lalu saya datang
                i + 1 < n and (t[i + 1].pos in _VERBISH or t[i + 1].verb) and self._time_heads(heads)):
            poss = nxt.extra[0]
            i += 1
        elif nxt.pos == "dem":
            d = nxt.gloss
            if plural:
                d = {"this": "these", "that": "those"}.get(d, d)
            det = d
            if pre == ["both"]:
                det, pre = "both " + d, []        # kedua tempat itu -> both those places
            elif pre and pre[0][:4] == "the " and t[start].pos == "plm":
                det = ""                          # ketiga hal tersebut -> the three things; ... itu -> those three
                if d in {"these", "those"}:
                    pre = [d + pre[0][3:]] + pre[1:]
            i += 1
        if self.has_verb and start > 0 and t[start - 1].gloss in _THAT_VERBS and i < n and (
                t[i].pos in {"adj", "vpass", "aux", "modal"} or t[i].pos in {"neg", "adv"} and i + 1 < n and (
                    t[i + 1].pos in {"adj", "vpass"})):
            self.clause_reset()                   # bilang kopinya enak -> says the coffee is delicious; berharap
            #                                       kebersihan diperbaiki -> hope the cleanliness is improved
        one_of = det == "one of"
        if one_of:                                # salah satu tempat favorit saya -> one of my favorite places
            plural, det, poss = True, "one of " + (poss or "the"), ""
        if pre and pre[-1] in _COUNTED_QUANTITY and head.gloss in _UNCOUNTED and len(heads) == 1:
            pre[-1] = _COUNTED_QUANTITY[pre[-1]]  # terlalu banyak air -> too much water (not "too many waters")
            plural = False
        if len(heads) == 1 and head.gloss[:5] == "both ":
            plural, det = True, det or "-"        # kedua tim -> both teams (no article; they agree in the plural)
        if len(heads) == 1:                       # most noun phrases: one word, nothing to order
            words = self.gloss(head) if head.cap else head.gloss
            if words[-3:] == " of" and (i >= n or t[i].pos in _CLAUSE_BREAK):
                words = words[:-3]                # a relational noun with nothing after it (dia penggemar berat)
            if plural and head.pos == "n":
                words = english.plural(words)
        else:
            words = self._np_words(heads, plural)
        if brand:
            words = brand if head.low == "pihak" and len(heads) == 1 else brand + " " + words   # pihak gramedia
        if year:
            words = words + " " + year if " of " in words else year + " " + words
        if label:
            if len(heads) == 2:                   # rumah nomor 5 -> house number 5 (the label names the noun)
                words = self.gloss(heads[0]) + " " + self.gloss(heads[1])
            words += " " + label
        lead = poss or det
        if lead == "-":
            lead = ""
        elif poss == "the" and not det and not pre and start > 0 and t[start - 1].gloss[:6] == "there ":
            lead = self._existing_nya(heads, plural, t[start - 1].gloss)      # ada kolamnya -> there's a pool
        elif not lead and not pre and head.pos == "n" and not head.cap and not label:
            lead = self._article(start, i, heads, plural)
            if lead == "the" and start >= 2 and len(heads) == 1 and not plural and t[start - 1].low in _PURPOSE and (
                    i >= n or t[i].pos in _CLAUSE_BREAK) and self._suits(start - 2) and _countable(heads):
                lead, words = "", english.plural(words)     # cocok untuk pertemuan -> perfect for meetings
            if words[:6] == "friend" and lead in _OWNERS:
                lead, words = "", "friends"       # ngobrol sama teman -> chat with friends (not one's only friend)
        if not lead and len(heads) > 1 and head.gloss.endswith(" of") and not head.gloss.startswith("a "):
            lead = "the"                          # a relational head is definite: the importance of ...
        elif not lead and not pre and not head.cap and head.pos == "n" and " of " in words and words[:2] != "a ":
            lead = "the"                          # arah kebijakan nasional -> the direction of national policy
        if lead == "a" and words:
            lead = "the" if len(heads) > 1 and any(_superlative(h) for h in heads[1:]) else english.indefinite(words)
            if lead == "an" and words[:6] == "other ":
                lead, words = "", "another " + words[6:]      # penyidik lain -> another investigator (not an other)
        if lead == "the" and pre and t[start].pos == "plm":      # semua makanannya -> all the food(s)
            lead, pre = "", pre + ["the"] if pre[-1] in {"all", "both", "half"} else pre
        if not lead and pre == [""] and t[start].low == "para":
            lead = "the"                          # para pemain -> the players (a known group)
        if people and head.gloss[-3:] in {"ese", "nch", "tch", "ish", "iss"}:
            words = head.gloss                    # orang Jepang -> the Japanese (a plural noun without -s)
            lead = "" if pre or self.out and self.out[-1].rsplit(" ", 1)[-1] in {"no", "not"} else "the"
        elif lead == "the" and (words.split(" ", 1)[0] in _QUANTIFIER_WORDS and words[:2] != "a " or (
                words[:2] == "a " and head.gloss[:2] == "a ") or people):
            lead = ""                             # kedua negara -> both countries; semangkuk bakso -> a bowl of ...
        if self.has_subject and not self.has_verb and start > 0 and t[start - 1].poss and (
                t[start - 1].pos == "n" and self.np_at == len(self.out) - 1 and self._equational(start, i)):
            self.emit(english.be(self.tense, self.agr))     # menunya nasi goreng. -> the menu is fried rice.
            self.has_verb = True
        elif self.has_subject and not self.has_verb and start > 1 and t[start - 1].pos == "adv" and (
                t[start - 2].poss and t[start - 2].pos == "n" and self.np_at == len(self.out) - 2 and (
                    self._adverb_equational(start, i))):
            self.out.insert(len(self.out) - 1, english.be(self.tense, self.agr))
            self.has_verb = True                  # nasi gorengnya juga rekomendasi -> the fried rice is also ...
        elif self.has_subject and not self.has_verb and t[start].low in _ONE_OF_KIND and self._classified_predicate(
                start):
            self.emit(english.be(self.tense, self.agr))     # dia seorang guru -> he is a teacher
            self.has_verb = True
        self.np_start = len(self.out)
        self.np_plural = plural
        if pre:
            self.emit_words([lead, *pre, words])
        else:
            self.emit(lead, words)
        if lead == "the" and len(heads) == 1 and nxt is not None and nxt.pos == "name" and i == start + 1 and (
                _of_name(head)):
            self.emit("of")
        elif lead == "the" and start == 0 and self.opening and not plural and not pre and _countable(heads) and (
                self._described(heads, i)):
            self.fragment_at = self.np_start      # Restoran unik ... -> A unique restaurant ...
        self.np_at = len(self.out) - 1
        if not self.has_subject:
            self.has_subject = True
            last = words.rsplit(" ", 1)[-1]
            self.agr = "3p" if (plural and last not in _MASS or " and " in words and _coordinated_heads(words)
                                or last in _PLURAL_NOUNS or words[:5] == "both ") and not one_of else "3s"
            #                                       (semua makanannya enak -> all the food is delicious)
        if predicate:
            self.emit(english.be(self.tense, self.agr),
                      " and ".join(english.predicative(self.gloss(a)) for a in predicate))
            self.has_verb = self.statement = True
        elif det and i < n and t[i - 1].pos == "dem" and t[i].pos in _NP_OPENERS and self._identified(start, i, heads):
            self.emit(english.be(self.tense, self.agr))     # orang ini pembohong -> this person is a liar
            self.has_verb = True
        return i

    def _many(self, quantity: str) -> None:
        """A subject noun phrase + banyak (pilihannya banyak): English says how many things there are (there are
        lots of choices) and how big an amount is (porsinya banyak -> the portion is big)."""
        thing = self.out[self.np_start:] if 0 <= self.np_start and self.np_at == len(self.out) - 1 else []
        if thing and thing[-1].rsplit(" ", 1)[-1] in _AMOUNTS:
            self.emit(english.be(self.tense, self.agr), "big")
            return
        if len(thing) == 2 and thing[0] == "the":
            del self.out[self.np_start:]
            quantity = {"lots of": "a lot of", "a lot of": "a lot of"}.get(quantity, quantity)
            if thing[1] in _UNCOUNTED and quantity in _COUNTED_QUANTITY:
                self.emit("there", english.be(self.tense, "3s"), _COUNTED_QUANTITY[quantity], thing[1])
                return                            # minyaknya terlalu banyak -> there is too much oil
            self.emit("there", english.be(self.tense, "3p"), quantity, english.plural(thing[1]))
            return
        self.emit(english.be(self.tense, "3p"), "many")

    def _equational(self, start: int, end: int) -> bool:
        """Whether the noun phrase from start to end is the predicate of a clause that is only "X-nya + noun
        phrase" (rasanya standar. -> the taste is standard): the -nya noun opens the clause and this phrase ends
        it."""
        before = self.t[start - 2] if start >= 2 else None
        after = self.t[end] if end < len(self.t) else None
        subject = self.t[start - 1]
        if subject.gloss == subject.low[:-3]:
            return False                          # an unknown word + nya (rimbunnya pepohonan): no reading
        return (before is None or before.src in {".", ",", "!", "?", ";"} or before.pos == "conj") and (
            after is None or after.src in {".", ",", "!", "?", ";"})

    def _classified_predicate(self, start: int) -> bool:
        """seorang/sebuah + noun right after a pronoun or name that opens its clause is a nominal predicate (the
        classifier is the English "a"): dia seorang guru -> he is a teacher; karena dia seorang Saudi -> because
        he is a Saudi."""
        t = self.t
        if start < 1 or t[start - 1].pos not in {"pron", "name"} or start + 1 < len(t) and t[start + 1].low == "diri":
            return False                          # (dia seorang diri: alone, an adverb)
        before = t[start - 2] if start >= 2 else None
        return before is None or before.src in {".", ",", "!", "?", ";"} or before.pos == "conj"

    def _adverb_equational(self, start: int, end: int) -> bool:
        """Like _equational with one adverb between the -nya subject and the noun phrase that ends the clause
        (ruangannya memang kelas warung -> the room is indeed stall class; sebagian besar makanannya hanya ikan
        -> most of the food is only fish)."""
        t = self.t
        subject = t[start - 2]
        before = t[start - 3] if start >= 3 else None
        after = t[end] if end < len(t) else None
        return subject.gloss != subject.low[:-3] and (
            before is None or before.src in {".", ",", "!", "?", ";"} or before.pos in {"conj", "plm"}) and (
            after is None or after.src in {".", ",", "!", "?", ";"} or after.pos == "conj")

    def _calendar_name(self, start: int, i: int) -> int:
        """bulan/hari + the name of a month or day: English says only the name (bulan Mei -> May), lalu/depan
        after it are last/next, and a clause that opens with it before its subject gets "in"/"on" (Bulan Januari
        saya ... -> In January I ...)."""
        name = self.t[i].gloss
        before = self.t[start - 1] if start > 0 else None
        after = self.t[i + 1] if i + 1 < len(self.t) else None
        if after is not None and after.low in {"lalu", "depan"}:
            self.emit("last" if after.low == "lalu" else "next", name)     # bulan Juni lalu -> last June
            return i + 2
        if (before is None or before.src in {".", "!", "?", ","}) and after is not None and after.pos in {
                "pron", "n", "name"}:
            self.emit("on" if name in _WEEKDAYS else "in")
        self.emit(name)
        return i + 1

    def _name_modifier(self, heads: list[Tok], i: int) -> tuple[str, int]:
        """A brand or place written in lower case or capitals after a common noun names which one it is, and English
        puts it in front (kartu kredit bni -> the BNI credit card, pelayanan bus DAMRI -> the DAMRI bus service,
        cabang bca -> the BCA branch). Returns the name and the position after it, or ("", i) to leave it
        (titles and kinships before a person: Presiden Joko Widodo, pak budi; time nouns: bulan mei; place kinds
        and action nouns that take "of": kota Samarra, penyelenggaraan WSCE)."""
        head = heads[0]
        after = self.t[i + 1] if i + 1 < len(self.t) else None
        if head.gloss in _PERSON_NOUNS or head.gloss.lower() in _TITLES or head.gloss in _TIME_NOUNS or _of_name(
                head) or after is not None and after.pos == "num":
            return "", i                          # (harga rp 50.000: a currency before its amount)
        return self.t[i].gloss, i + 1

    @staticmethod
    def _existing_nya(heads: list[Tok], plural: bool, there: str) -> str:
        """ada/tidak ada + noun-nya says that a place has (or lacks) such a thing; -nya ties it to the place, not
        to one already named, so English introduces it (ada kolamnya -> there's a pool; tidak ada seafoodnya ->
        there's no seafood; ada sayurannya -> there are vegetables)."""
        if there[-3:] == " no" or plural or not _countable(heads):
            return ""
        return "a"

    def _simile(self, k: int) -> bool:
        """Whether seperti at k compares (a simile: ayamnya seperti karet -> like rubber; suasananya tenang, seperti
        resto pribadi -> like a personal resto) rather than gives an example of a noun before it (mata uang seperti
        rupiah, hewan seperti kutu -> such as): what it compares with is any one of its kind."""
        t = self.t
        j = k - 1 if k >= 1 and t[k - 1].src == "," else k
        if j < 1 or t[j - 1].pos in _EXAMPLED and not (t[j - 1].poss and j == k):
            return False                          # (but a -nya subject compares: kamarnya seperti gudang)
        return not (j >= 2 and t[j - 1].pos == "adj" and t[j - 2].pos == "n" and not t[j - 2].poss)
        #                                           (industri kreatif, seperti animasi: the adjective modifies)

    def _new_thing(self, heads: list[Tok], end: int) -> bool:
        """Whether what one gets (mendapat, mendapatkan, memperoleh) is a thing new to the text: a countable noun
        with no complement after it that says whose or which it is (mendapat kesempatan -> got a chance; mendapat
        kartu kuning -> got a yellow card; but mengantongi identitas lima pelaku -> the identity of five suspects,
        mendapatkan hasil yang diharapkan -> the result that was expected, mendapat dukungan -> support)."""
        g = heads[0].gloss
        if not _countable(heads) or g in _UNCOUNTED or g in _ABSTRACT or g[-3:] == "ing" or len(heads) > 1 and (
                heads[1].pos == "n"):
            return False                          # (saung pinggir sawah: a noun after it says which one)
        return end >= len(self.t) or self.t[end].pos not in _NP_AFTER and self.t[end].low != "yang"
        #                                           (hasil yang diharapkan -> the result that was expected)

    def _suits(self, k: int) -> bool:
        """Whether an adjective of suitability ends at k (cocok, pas, ideal, also with a degree word after
        it: cocok banget): what it suits is a kind, named in the generic plural (cocok untuk pelajar -> perfect
        for students)."""
        t = self.t
        if k >= 1 and t[k].pos in {"deg", "adv"}:
            k -= 1
        return k >= 0 and t[k].low in _SUITABLE

    def _described(self, heads: list[Tok], end: int) -> bool:
        """Whether a noun phrase carries a description of its own: an adjective (restoran unik), or a yang-clause
        or dengan-phrase after it (tempat yang nyaman, resto dengan konsep saung), but no superlative."""
        if any(_superlative(h) for h in heads[1:]):
            return False
        t = self.t
        if end + 1 < len(t) and (t[end + 1].low in _SINGLING_OUT or t[end + 1].gloss[:5] == "most "):
            return False                          # tempat yang paling cocok -> the most suitable place
        return any(h.pos == "adj" for h in heads[1:]) or end < len(t) and t[end].low in _DESCRIBING

    @cython.locals(t=list, start=cython.Py_ssize_t, end=cython.Py_ssize_t, after=Tok, h0=Tok, before=Tok)
    def _article(self, start: int, end: int, heads: list[Tok], plural: bool) -> str:
        """Indonesian has no articles. A bare subject or prepositional object is usually definite ("the"); a
        singular noun introduced by ada/adalah is indefinite (ada masalah -> there is a problem). No article before
        a title followed by a name (Menteri Keuangan Sri Mulyani) or on last/next time phrases. "have" also
        introduces (punya mobil -> have a car)."""
        t = self.t
        if len(heads) > 1 and heads[-1].gloss[:4] == "the ":
            return ""                             # hotel yang sama -> the same hotel (the modifier has it)
        if len(heads) > 1 and heads[-1].low[:3] == "ke-":
            return "the"                          # an ordinal picks one: abad ke-21 -> the 21st century
        if start > 0 and t[start - 1].src == ")" and heads[0].low in _DAY_PART_WORDS:
            return ""                             # Senin (10/7) malam -> Monday (10/7) night
        after = t[end] if end < len(t) else None
        h0 = heads[0]
        for h in heads:
            if _se_measure(h):
                return ""                         # seporsi -> a portion, sejam -> an hour (se- is the article)
        one = len(heads) == 1
        if after is not None and after.pos == "name":
            if one and _of_name(h0):
                return "the"                      # di dekat kota Samarra -> near the city of Samarra
            if after.cap:
                return ""
        # (slices, not startswith/endswith, on the per-phrase path: those parse their arguments as a tuple)
        if h0.gloss[:5] in {"last ", "next "}:
            return ""
        before = t[start - 1] if start > 0 else None
        if one and h0.gloss in _MEALS_AND_KIN:
            if h0.gloss in _MEALS:
                if after is None or after.pos != "rel":
                    return ""                     # untuk makan malam -> for dinner (but: a/the romantic dinner)
            elif before is not None and before.low in {"untuk", "buat", "bagi"}:
                return ""                         # a purpose: cocok untuk keluarga -> perfect for family
            elif before is not None and (before.gloss in _COMPANY or before.low in _COMPANY_WORDS):
                # a relative or companion someone comes with or brings, named without an owner, is the writer's
                # own (datang bersama keluarga -> with my family; kalau bawa pasangan -> your partner); elsewhere
                # (anak-anak senang) the noun is general
                return "your" if self.agr == "2" and self.has_subject else "our" if self.agr == "1p" else "my"
        if before is None:
            return "" if self.has_subject else "the"
        bpos = before.pos
        if before.gloss == "dear":
            return ""                             # Yang terhormat bank BCA -> Dear BCA bank
        if not plural and bpos == "dem" and self.out and self.out[-1] in {"is", "was"}:
            return "a" if heads[0].gloss not in _UNCOUNTED else ""     # Ini tempat makan enak -> This is a good place
        if before.gloss[-3:] == " no":
            return ""                             # tidak ada parkir -> there is no parking
        if before.low == "dekat":
            return "the"                          # duduk dekat jendela -> sit near the window (dekat as a preposition)
        if not plural and before.low in {"bukan", "bukanlah"} and self.has_subject and _countable(heads):
            return "a"                            # ini bukan pertanda baik -> this isn't a good sign
        if (before.gloss in {"and", "or"} or before.low in {"sama", "ama"}) and start >= 2 and (
                t[start - 2].pos == "n") and self.out and self.out[-1] in {"and", "or"}:
            return ""                             # ayam dan sambal -> the chicken and sambal
        if before.src == "," and start >= 2 and t[start - 2].pos == "n" and (
                after is None or after.pos in {"punct", "conj"}) and self.out and self.out[-1] == ",":
            return ""                             # lontong, tauge dan kerupuk -> the lontong, bean sprouts and ...
        if bpos == "prep":
            if before.gloss == "in terms of" or before.gloss == "per":
                return ""                         # dari segi rasa -> in terms of taste (an aspect, not a thing);
                #                                   Rp 500.000 per gram -> per gram (a unit)
            if before.low in {"dengan", "dgn"} and not plural and (
                    any(h.pos == "adj" for h in heads[1:]) or after is not None and after.pos == "rel" and end + 1 < len(
                        t) and t[end + 1].pos == "adj"):
                return "a" if heads[0].gloss not in _UNCOUNTED else ""     # dengan harga yang murah -> with a
                #                                                             cheap price (with fresh water)
            if before.low == "seperti" and not plural and (
                    after is None or after.src in _END_MARKS or after.pos == "prep") and self._simile(start - 1):
                return "a" if _countable(heads) and heads[0].gloss.rsplit(" ", 1)[-1] not in _UNCOUNTED else ""
            if before.low == "sebagai" and not plural and _countable(heads) and (after is None or after.pos != "name"):
                if heads[0].gloss.lower() in _TITLES or heads[0].gloss in _OFFICES:
                    return ""                     # sebagai presiden -> as president (an office)
                return "a"                        # sebagai tersangka -> as a suspect (a role)
            return "the"
        if not self.has_subject:
            return "the"
        if not plural and bpos == "v" and before.gloss[:6] != "there " and before.gloss not in _NO_OBJECT_ARTICLE:
            if before.gloss in _RECEIVE and self._new_thing(heads, end) and not (
                    start >= 2 and t[start - 2].low in _ONGOING):
                return "a"                        # mendapat kesempatan -> got a chance
            if before.gloss in _SEEK:
                return "" if heads[-1].gloss in _MASS else "a"                        # cari tempat makan -> look for a place to eat
            return "the"                          # pesan nasi goreng -> ordered the fried rice
        if not plural and (bpos == "cop" or before.gloss in {"have", "become"} or before.gloss[:6] == "there "):
            if bpos == "cop" and self._specificational(start - 1):
                return "the"                      # favorit saya adalah sup daging -> my favorite is the meat soup
            return "a" if heads[0].gloss not in _UNCOUNTED else ""     # lagi ada kerjaan -> I have work
        return ""

    def _specificational(self, cop: int) -> bool:
        """Whether the subject before the copula at cop singles something out, so that the noun phrase after it
        names which one (the) rather than what kind (a): a favourite, a superlative, or a yang-clause with its
        own subject or a passive (menu favorit saya adalah ..., kopi yang paling enak adalah ..., makanan yang
        kami pesan adalah ..., pilihan yang banyak dipesan adalah ...)."""
        t = self.t
        j = cop - 1
        while j >= 0 and t[j].pos not in {"punct", "conj"}:
            tok = t[j]
            if tok.low in _SINGLING_OUT or tok.gloss[:5] == "most " or tok.graded and tok.gloss[-3:] == "est" or (
                    tok.pos == "rel" and j + 1 < cop and t[j + 1].pos in {"pron", "vpass", "plm"}):
                return True
            j -= 1
        return False

    def _trailing_predicate(self, start: int, end: int, heads: list[Tok]) -> list[Tok]:
        """A clause that is only "noun adjective" is a statement, not a phrase: pelayanan cepat, harga murah. ->
        the service is fast, the price is cheap. Returns the predicate adjectives (none for a phrase)."""
        if len(heads) < 2 or heads[0].pos != "n" or heads[-1].pos != "adj":
            return []
        before = self.t[start - 1] if start > 0 else None
        after = self.t[end] if end < len(self.t) else None
        in_list = before is not None and (before.src == "," and self.has_verb or before.low in {"dan", "atau", "serta"}
                                          and start >= 2 and self.t[start - 2].src not in {".", "!", "?"})
        #                                   (a sentence-initial dan opens no list: Dan kopi susu mantap.)
        to_verb = after is not None and after.low in {"untuk", "buat"} and end + 1 < len(self.t) and self.t[
            end + 1].pos in {"v", "vpass"}             # kunci kamar sulit untuk dipakai -> ... is hard to use
        after_adjective = start >= 2 and self.t[start - 2].pos == "adj" and any(    # tempatnya bagus dan harga murah
            w in {"is", "are", "was", "were"} for w in self.out[-5:-1])   # (a predicate, not the Arab country and ...)
        if in_list and not (self.statement or after_adjective) or before is not None and before.pos not in (
                "punct", "conj") or after is not None and not to_verb and (
                after.pos not in {"punct", "conj"} or after.src in ("(", '"')):
            return []
        k = len(heads)
        while k > 1 and heads[k - 1].pos == "adj":
            k -= 1
        return heads[k:]

    def _identified(self, start: int, i: int, heads: list[Tok]) -> bool:
        """Whether a clause-initial "noun + ini/itu" is the subject of the noun phrase at i, which then ends the
        clause with no verb of its own: keripik singkong itu makanan ringan -> cassava chips are a snack; kasus
        itu skandal -> that case is a scandal (but a time phrase opens a clause: tahun ini kami ...)."""
        t = self.t
        if start > 0 and t[start - 1].src not in _CLAUSE_OPENERS or self.has_verb or self._time_heads(heads):
            return False
        for k in range(i + 1, len(t)):
            tok = t[k]
            if tok.pos == "punct" or tok.pos == "conj":
                return True
            if tok.pos in _VERBISH or tok.pos in {"vpass", "cop", "dem"} or tok.verb and tok.pos == "n" and (
                    t[k - 1].pos == "pron"):
                return t[k - 1].low in {"untuk", "buat", "yang"}     # (makanan untuk menemani: a purpose)
        return True

    def _governs_next(self, i: int) -> bool:
        """Whether the adjective at i is followed by the preposition it governs (dekat dengan, jauh dari), which
        makes it the predicate of the noun before it."""
        nxt = self.t[i + 1] if i + 1 < len(self.t) else None
        return nxt is not None and nxt.low in _GOVERNING_ADJ[self.t[i].low]

    @staticmethod
    def _time_heads(heads: list[Tok]) -> bool:
        """A time phrase: minggu lalu, tahun depan (asked last, only when a pronoun and a verb follow)."""
        return heads[-1].gloss.split(" ")[-1] in _TIME_NOUNS or heads[0].gloss.startswith(("last ", "next "))

    @cython.locals(h=Tok)
    def _np_words(self, heads: list[Tok], plural: bool) -> str:
        """The English of two or more heads in English order (noun_phrase writes a one-word phrase itself)."""
        glosses = []
        for k, h in enumerate(heads):
            g = self.gloss(h)
            if k > 0 and h.pos == "name":
                g = self.demonyms.get(h.gloss, g)
            glosses.append(g)
        if plural and heads[0].pos == "n":
            glosses[0] = english.plural(glosses[0])
        glosses = [g for g in glosses if g]
        if len(glosses) == len(heads) == 2 and heads[0].pos == heads[1].pos == "n" and not heads[1].poss:
            measure = 0 if _se_measure(heads[0]) else 1 if _se_measure(heads[1]) else -1
            if measure >= 0:                      # seporsi nasi goreng / kopi secangkir -> a portion of fried rice,
                of = " " if glosses[measure][-3:] == " of" else " of "       # a cup of coffee (sepotong: a
                return glosses[measure] + of + glosses[1 - measure]           # piece of)
        if len(glosses) >= 2 and glosses[0].endswith(" of"):
            return glosses[0] + " " + " ".join(reversed(glosses[1:]))   # pentingnya dukungan -> importance of support
        if len(glosses) >= 3 and heads[0].pos == "n" and heads[1].pos == "n":
            return glosses[0] + " of " + " ".join(reversed(glosses[1:]))
        return " ".join(reversed(glosses))

    @cython.locals(t=list, i=cython.Py_ssize_t, n=cython.Py_ssize_t, j=cython.Py_ssize_t, tok=Tok, prev=Tok, nxt=Tok)
    def name_phrase(self, i: int) -> int:
        t = self.t
        n = len(t)
        j = i
        words = []
        while j < n and t[j].pos in {"name", "abbr", "unk"}:
            tok = t[j]
            words.append(self.gloss(tok) if tok.cap else tok.gloss)
            j += 1
        prev = t[i - 1] if i > 0 else None
        if prev is not None and prev.cap and prev.pos in {"n", "name"} and words and words[0].startswith(
                ("Ministry of", "Agency for")):
            # Sekretaris Jenderal Kementerian ... -> Secretary General of the Ministry; a unit before it: at the
            self.emit("of the" if prev.gloss.lower() in _TITLES else "at the")
        nxt = t[j] if j < n else None
        if nxt is not None and nxt.pos == "dem" and nxt.low != "tersebut":
            self.emit(nxt.gloss)                      # World Smart City Expo ini -> this World Smart City Expo
            j += 1
        if j == i + 1 and t[i].pos == "unk" and not t[i].cap and self.has_subject and not self.has_verb and (
                prev is not None and prev.poss and self.np_at == len(self.out) - 1 and (
                    nxt is None or nxt.pos == "punct")):
            self.emit(english.be(self.tense, self.agr))     # dekornya comfortable. -> the decor is comfortable.
            self.has_verb = True
        self.emit_words(words)
        if not self.has_subject:
            self.has_subject = True
            self.agr = "3s"
        return j

    def adjective(self, i: int) -> int:
        """An adjective before its subject is a fronted predicate (enak makanannya, murah harganya): English
        names the subject first and adds a copula (the food is delicious). A sentence that is only an adjective
        predicate has lost its subject, which English says: Mengecewakan! -> It's disappointing! (the writer for a
        feeling: Kecewa. -> I'm disappointed.)"""
        tok = self.t[i]
        nxt = self.peek(i, 1)
        if nxt is not None and nxt.pos == "pron" and nxt.extra:
            return self.noun_phrase(i)            # favorit saya -> my favorite
        if not self.has_subject and nxt is not None and nxt.pos == "n" and nxt.poss:
            j = self.noun_phrase(i + 1)
            g = english.predicative(self.gloss(tok))
            if "delicious" in g and self.out and self.out[-1].rsplit(" ", 1)[-1] in NOT_EATEN:
                g = g.replace("delicious", "nice")      # enak tempatnya -> the place is nice
            self.emit(english.be(self.tense, self.agr), g)
            self.has_verb = self.statement = True
            return j
        prev = self.t[i - 1] if i > 0 else None
        if not self.has_subject and i == 1 and prev.pos == "q" and not prev.gloss and self.t[-1].src == "?":
            self.emit("it", english.be(self.tense, "3s"), self.gloss(tok))     # Apakah salah ...? -> Is it wrong ...?
            self.has_subject = self.has_verb = True
            return self.adjective_complement(tok, i + 1)
        if prev is not None and prev.pos == "adv" and prev.gloss in _SENTENCE_OPENERS and (
                i == 1 or self.t[i - 2].src in {".", "!", "?"}):
            prev = None                           # Pokoknya rekomendasi banget. -> Basically it's highly recommended.
        if (not self.has_subject or prev is not None and prev.src == "," and self._afterthought(i)) and (
                prev is None or prev.src in {".", "!", "?"} or prev.src == "," and (
                not self.has_verb or self._afterthought(i))) and (
                nxt is None or nxt.pos == "punct" and nxt.src not in {":", "(", "-"} or nxt.pos in {"part", "adv"} and (
                    i + 2 >= len(self.t) or self.t[i + 2].pos == "punct")
                or nxt.pos in _JOINED_PREDICATE and (prev is None or prev.src != ",") and self._joined_predicates(i)
                or tok.gloss.rsplit(" ", 1)[-1] in TOUGH and self._bare_verb_follows(i)):
            if tok.low in _ACKNOWLEDGE and nxt is not None and nxt.src in {",", ".", "!"} and (
                    i == 0 or self.t[i - 1].pos == "punct"):
                self.emit("Okay" if tok.low != "baik" else "Alright")     # Oke. / Baik, ... -> Okay. / Alright, ...
                return i + 1
            if nxt is not None and nxt.low in _REQUEST and (tok.gloss.rsplit(" ", 1)[-1] in _CONDUCT or tok.graded and (
                    tok.gloss[:5] == "more " or tok.gloss[-2:] == "er")):
                self.emit("please", "be")         # Lebih responsif dong -> Please be more responsive
            elif tok.gloss.rsplit(" ", 1)[-1] in _FEELINGS:
                self.emit("I", english.be(self.tense, "1s"))      # Kecewa. -> I'm disappointed.
            else:
                self.emit("it", english.be(self.tense, "3s"))
            self.has_subject = self.has_verb = True
        elif not self.has_subject and prev is not None and prev.pos == "conj" and prev.gloss in _FEELING_CLAUSE and (
                tok.gloss.rsplit(" ", 1)[-1] in _FEELINGS and tok.gloss != "full"):
            # Tapi puas karena ... -> But I'm satisfied because ...; kami pulang karena kecewa -> ... we were
            # disappointed (after because/if/when only when the sentence speaks of I/we: in news it is someone else)
            subject, agr = self._subordinate_subject(i - 1, i + 1, ("I", "1s") if prev.gloss in {"but", "so"} else (
                "", ""), False)
            if subject:
                self.agr = agr
                self.emit(subject, english.be(self.tense, self.agr))
                self.has_subject = self.has_verb = True
        elif not self.has_subject and prev is not None and prev.pos == "conj" and prev.gloss in _SUBORDINATE and (
                tok.gloss.rsplit(" ", 1)[-1] not in _FEELINGS) and (nxt is None or nxt.pos not in _NP_AFTER):
            self.emit("it", english.be(self.tense, "3s"))      # karena murah -> because it's cheap
            self.has_subject = self.has_verb = True
        self.emit(self.gloss(tok))
        return self.adjective_complement(tok, i + 1)

    def _joined_predicates(self, i: int) -> bool:
        """Whether the sentence from the adjective at i is only adjective predicates joined by dan/tapi (with
        degree words and particles): its subject is dropped and English says it (Enak dan murah. -> It's delicious
        and cheap.; Mahal tapi worth it. -> It's expensive but worth it.)."""
        t = self.t
        joined = False
        for j in range(i + 1, min(len(t), i + 8)):
            tok = t[j]
            if tok.pos == "conj":
                if tok.gloss not in _JOINING or j + 1 >= len(t) or t[j + 1].pos not in {"adj", "deg"}:
                    return False
                joined = True
            elif tok.pos == "punct":
                return joined and tok.src in {".", "!", "?"}
            elif tok.pos not in _JOINED_PREDICATE:
                return False
        return joined and len(t) <= i + 8

    def _afterthought(self, i: int) -> bool:
        """Whether the adjective at i, after a comma that ends a finished clause, is a predicate added about the
        same thing, ending the sentence: Makanannya enak, murah lagi. -> The food is delicious, it's cheap too.
        (Not the last of a list of adjectives: bersih, nyaman, murah; nor an apposition to a name in the news: warga
        Duren Sawit, berusia 32 tahun.)"""
        t = self.t
        return self.has_verb and i > 1 and self.out[-1:] == [","] and t[i - 2].pos not in _BEFORE_AFTERTHOUGHT and (
            not t[i].gloss[:1].isdigit()) and (
            i + 1 >= len(t) or t[i + 1].src in {".", "!", "?"} or t[i + 1].pos in {"part", "adv", "deg"} and (
                i + 2 >= len(t) or t[i + 2].src in {".", "!", "?"}))

    def _bare_verb_follows(self, i: int) -> bool:
        """Whether a bare verb (after a degree word) follows the adjective at i: its complement, as in Sulit sekali
        mengerti orang itu -> It's really hard to understand those people."""
        nxt = self.peek(i, 1)
        if nxt is not None and nxt.pos in {"deg", "part"}:
            nxt = self.peek(i, 2)
        return nxt is not None and nxt.pos == "v" and not nxt.poss and nxt.gloss[:6] != "there "

    def _fronted_object(self, i: int, subj: str, agr: str) -> int:
        """Object-fronting: NP + pronoun + bare verb (hal ini kita harapkan -> we expect this): the noun phrase
        already emitted is the object, so it moves after the pronoun's verb."""
        obj = self.out[self.np_start:]
        del self.out[self.np_start:]
        if obj and obj[0] == "the" and len(obj) > 1 and obj[1] in {"this", "that", "these", "those"}:
            obj = obj[1:]
        self.emit(subj)
        self.has_subject, self.has_verb, self.agr = True, False, agr
        self.gap = True                   # (the fronted phrase is the object: no "it" after recommend/like ...)
        j = self.verb_group(i + 1)
        self.gap = False
        self.emit_words(obj)
        return j

    def pronoun(self, i: int) -> int:
        """Subject form at the start of a clause or before a verb (yang saya coba -> that I tried), else object."""
        t = self.t
        n = len(t)
        tok = t[i]
        subj = tok.gloss
        poss, obj, agr = (tok.extra + (tok.gloss, tok.gloss, "3s"))[:3] if tok.extra else (
            tok.gloss, tok.gloss, _GLOSS_AGREEMENT.get(tok.gloss, "3s"))
        nxt = t[i + 1] if i + 1 < n else None
        prev = t[i - 1] if i > 0 else None
        after = t[i + 2] if i + 2 < n else None
        if (self.has_subject and not self.has_verb and nxt is not None and nxt.pos == "v" and nxt.gloss in _HOPE
                and nxt.low in _BARE_HOPE and after is not None and after.pos in {"modal", "v", "aux"}):
            # subject + kita harapkan + predicate: the hope is a parenthesis and the predicate is still to come
            # (kerja sama ini kita harapkan mampu memberi ... -> this cooperation, we hope, will be able to give ...)
            self.emit(",", subj, "hope", ",")
            will = self.own(i + 1)
            will.pos, will.gloss, will.low, will.extra = "aux", "will", "akan", ()
            return self.verb_group(i + 1)
        if i == self.main_subject_at or (prev is None or prev.pos not in {"v", "vpass", "prep"} or (
                prev.gloss[-5:] == " that")) and (nxt is not None) and (
                nxt.pos in _VERBISH or nxt.verb or nxt.pos == "vpass" or nxt.low == "ke" or nxt.low[:3] == "ke "
                or nxt.pos in {"adv", "deg"} and after is not None and after.pos in _VERBISH):
            self.has_subject = False
            self.has_verb = False
        if (prev is not None and prev.pos in {"n", "dem"} and 0 <= self.np_start and self.np_at == len(self.out) - 1
                and nxt is not None and nxt.pos == "v" and nxt.low.endswith(("kan", "i")) and len(nxt.low) >= 7
                and not nxt.low.startswith(("me", "ber", "ter", "di"))):
            return self._fronted_object(i, subj, agr)
        if not self.has_subject:
            self.emit(subj)
            self.has_subject = True
            self.agr = agr
        else:
            self.emit(obj)
        return i + 1
