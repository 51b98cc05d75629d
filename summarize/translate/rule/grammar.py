"""Word order and grammar: turn analysed Indonesian tokens into English word order and inflection.

The sentence is read left to right; noun phrases (nouns.py), clause checks (clauses.py) and verb groups (verbs.py)
are Sentence's base classes (one chain: NounPhrases <- ClauseChecks <- VerbGroups <- Sentence, the state declared
in NounPhrases), degree words are folded into adjectives first (degrees.py). This module holds the main loop and
the small constructions: prepositions, yang-clauses, question inversion, clause-initial senses (jadi -> so), clock
times, and the tense of the sentence — past when it has a past marker (telah, kemarin, a date, a reporting verb)
or is a first-person narrative (kami datang ...), the carried tense of the text's earlier sentences when it has
none of its own, otherwise present.
"""

from __future__ import annotations

from . import english
from .numbers import CURRENCY_START
from .analyse import _DASHES, _YEAR, Tok, after_dateline
from .degrees import _CLAUSE_BREAK, SLIGHTLY, merge_degrees
from .clauses import _DEICTIC_MOTION, _FIRST_TIME, _NO_NEED_BETTER, _TIME_OR_CONDITION
from .nouns import _MATCHING, _PARTS_OF_DAY
from .verbs import _NOT_EATEN, TOUGH, VerbGroups
try:
    import cython               # the compiled build: the types below are declarations for the compiler
except ImportError:
    from ... import _cython as cython     # plain Python: the same decorators, doing nothing

_PAST_WORDS = {"telah", "kemarin", "tadi", "silam", "lalu", "pernah", "dulu", "dahulu", "semalam", "baru saja",
               "ternyata", "saat", "ketika", "pertama kali", "awalnya",
               "kata", "ujar", "tutur", "ucap", "katanya", "menambahkan", "mengatakan", "menjelaskan"}
# (ternyata, "as it turned out", reports what a visit or try revealed; saat/ketika + clause and pertama kali tell
# of one occasion, awalnya (at first) of how things were before: narratives of something past. Saat ini,
# "currently", is an expression of its own.)
_PAST_GLOSSES = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "yesterday",
                 "at that time", "just now"}
_STATIVE = {"have", "like", "love", "know", "want", "need", "think", "feel", "hope", "understand", "believe",
            "agree", "prefer", "hate", "regret", "remember", "forget", "own", "suggest", "recommend"}
# Requests to the reader: with a di- passive after them they ask the reader to do it (tolong dicek -> please check).
# Words after "to" that show it is a preposition, not an infinitive marker.
_NOT_VERBS = {"the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its",
              "me", "you", "him", "them", "us", "it", "here", "there"}
_PLEASE = {"tolong", "mohon", "harap", "silakan", "silahkan", "tlg"}
_NOT_PAST = {"lagi", "lg", "sedang", "masih", "akan", "mau", "ingin", "pengen", "sering", "selalu", "biasanya"}
# Verbs whose object Indonesian introduces with sama/dengan and English does not: suka sama X -> like X; sesuai
# dengan X -> match X.
_LIKE = {"like", "love", "hate", "adore", "prefer", "match"}
# The preposition an English adjective takes where Indonesian says dengan/sama (beda dengan -> different from).
_ADJ_PREPOSITION = {"similar": "to", "close": "to", "different": "from", "same": "as", "equal": "to",
                    "equivalent": "to", "identical": "to", "comparable": "to", "proportional": "to",
                    "curious": "about", "familiar": "with", "unlike": "", "near": "", "full": "of", "afraid": "of",
                    "scared": "of", "proud": "of", "interested": "in", "fond": "of", "aware": "of", "jealous": "of",
                    "envious": "of", "hooked": "on", "addicted": "to", "famous": "for", "known": "for"}
# Comparing prepositions that can be the predicate after a -nya/ini/itu subject (harganya beda dengan ...), with the
# English after a copula.
_COMPARING = {"like": "like", "just like": "just like", "unlike": "different from", "equal to": "the same as",
              "different from": "different from", "similar to": "similar to"}
# Places English puts things "on", not "in" (di jalan -> on the road).
_SURFACES = {"road", "street", "floor", "table", "plate", "website", "application", "app", "internet",
             "page", "list", "television", "TV", "radio", "screen", "phone", "mobile phone", "social media", "roof",
             "beach", "coast", "island", "highway", "toll road", "side", "wall", "shelf", "stage", "platform"}
_VISIT = {"visit", "stop by", "enter", "contact", "reach", "approach", "attend"}     # ... ke X: no "to" in English
# yang-expressions that open a sentence (yang menarik, ... -> what is interesting, ...) but after a noun are its
# adjective: pemandangan yang menarik -> interesting scenery.
_YANG_ATTRIBUTIVE = {"yang menarik": "interesting", "yang penting": "important", "yang jelas": "clear",
                     "yang pasti": "certain", "yang terpenting": "most important", "yang paling penting": "most important",
                     "yang lebih penting": "more important", "yang terakhir": "last", "yang pertama": "first",
                     "yang kedua": "second", "yang ketiga": "third", "yang disebut": "so-called"}
_GIVE_TAKE = {"take", "seize", "win", "get", "bring", "give", "buy", "pay", "send", "call", "hand", "put"}
_DIRECTIONS = {"utara": "north", "selatan": "south", "timur": "east", "barat": "west", "barat laut": "northwest",
               "timur laut": "northeast", "barat daya": "southwest", "tenggara": "southeast"}
_SPANS = {"second", "minute", "hour", "day", "week", "month", "year"}
_DAY_PARTS = {"pagi": "in the morning", "siang": "at midday", "sore": "in the afternoon", "malam": "at night"}
_AUXILIARIES = {"is", "are", "was", "were", "am", "can", "will", "has", "have", "had", "must", "should", "may",
                "could", "would", "do", "does", "did"}
# What may stand before a number of times that goes before its verb (saya / sudah / juga beberapa kali makan ...).
_BEFORE_TIMES = {"pron", "aux", "adv", "punct"}
# What makes a number an amount: the first character of a currency (numbers.CURRENCY_START: Rp 55.000, rp. 30.000,
# IDR, US$3, $3, €3) or a magnitude word after it (35 ribu, 55rb, 1,5 juta), or the informal k of thousands on it (25k)
_MAGNITUDES = {"ribu", "rb", "rebu", "juta", "jt", "miliar", "milyar", "triliun", "ribuan", "jutaan"}
# What may not follow a part of the day that pada/di (saat/ketika) turn into "at night" (_time_of_day)
_AFTER_TIME = {"n", "adj", "pron", "dem", "name", "num"}
_AS_AS = {"dengan", "sama", "seperti", "kayak", "kaya", "dari"}     # after "just as X": as (sama enaknya dengan)
_COPULA_WORDS = {"is", "was", "are", "were"}
_STRANDED = {"on", "to", "at", "for", "with", "of", "about", "into"}
_BETTER = {"mending", "mendingan"}      # + a verb: it's better to ... (_better_to)
_THEN = {"terus", "trus", "trs"}      # between two predicates: then (_word_rule)
# sentence adverbs that comment on the whole statement: at its start English sets them off with a comma
_COMMENT_ADVERBS = frozenset({"unfortunately", "fortunately", "in my opinion", "overall", "basically", "by the way",
                              "in short", "honestly", "in general", "in conclusion", "so far", "generally"})
# connectives glossed as linking adverbs: at the start of a sentence English sets them off with a comma
_LINKING_ADVERBS = frozenset({"in addition", "therefore", "meanwhile", "moreover", "besides that", "nevertheless",
                              "furthermore", "on the other hand", "in other words", "however"})
_BEFORE_NEW_STATEMENT = frozenset({"adj", "n", "name", "part", "adv", "dem"})   # ... + X-nya + adjective: a new clause
# Words that start one of the constructions of _word_rule (with any modal)
_WORD_RULES = frozenset(_PLEASE | _BETTER | {"masih"} | _THEN | _NO_NEED_BETTER | _FIRST_TIME | _DEICTIC_MOTION)
_OPENS_CLAUSE = {".", "!", "?", ",", ";"}
_SPAN_COUNTS = {"beberapa", "berjam-jam", "berhari-hari", "berbulan-bulan", "bertahun-tahun", "puluhan", "ratusan",
                "belasan", "lebih dari", "kurang lebih", "sekitar", "hampir", "setengah"}
_PART_OF = {"bagian", "sebagian", "sebagian besar", "anggota", "separuh", "setengah"}     # + dari: part of, ...
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
_IN_UNITS = {"month", "year", "minute", "century"}     # pada/di + these: in (in the 46th minute)
_RANGE_DASHES = {"-", "\u2013"}
# verbs of saying, and the pronouns that say: see _reported_subject
_SAYING = frozenset({"mengatakan", "berkata", "menyatakan", "mengaku", "menegaskan", "menjelaskan", "mengungkapkan",
                     "menyebutkan", "menyebut", "bilang", "menuturkan", "mengklaim", "memastikan"})
_SAYERS = frozenset({"ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku"})
_DATELINE_POS = frozenset({"name", "abbr", "unk", "punct"})    # what a dateline is made of (JAKARTA, KOMPAS.com -)
_RANGE_ENDS = {"-", "\u2013", "hingga", "sampai", "sampai dengan", "s/d"}
_RANGE_STARTS = {"dari", "mulai", "mulai dari", "dari mulai", "berkisar"}     # ... hingga/sampai: to (not until)
_NP_WORDS = {"n", "adj", "num", "det", "plm", "pre"}
_SENTENCE_MARKS = {".", "!", "?", ";", ":"}
_LIST_CONJ = {"and", "or", "as well as"}
# ke- numbers before their noun count a whole group (kedua tim -> both teams, ketiga hal -> the three things); the
# ordinal follows its noun (babak kedua -> the second half).
_COLLECTIVES = {"kedua": "both", "ketiga": "the three", "keempat": "the four", "kelima": "the five"}
_REREAD_WORDS = {"jam", "pukul", "kembali", "baik", "kemudian", "lagi", "kali", "tinggal", "sampai", "sampe", "kisaran",
                 "berkisar", "mulai", "tanggal", "tgl", "begitu"} | set(_DIRECTIONS) | set(_COLLECTIVES)
_NONE_THERE = {"tidak ada", "tak ada", "gak ada", "ga ada", "nggak ada", "enggak ada", "sudah tidak ada"}
_NO_REPEAT = {"to", "the", "a", "there", "in", "as", "for", "by", "also"}     # (pun juga turut: also once)
# also after a gloss ending in it: serves as + sebagai -> serves as; wait for + selama -> wait for, not "for for"
_TRAILING_REPEAT = {"to", "in", "as", "for"}
# Adverbs between a subject and its place: lokasinya juga di pusat kota -> the location is also in ...
_BEFORE_PLACE = {"also", "still", "already", "just", "only", "right"}
# What may follow a clause-final adjective predicate.
_AFTER_PREDICATE = {"punct", "part", "adv", "conj"}
_CLAUSE_END = {"punct", "conj", "prep", "rel"}
# After "noun yang adjective" one of these starts the sentence's own predicate, so the adjective is attributive:
# tempat yang romantis cocok untuk ... -> the romantic place is perfect for ...
_PREDICATE_START = {"v", "vpass", "aux", "neg", "modal", "cop", "adj"}
# Informal bare verbs of choosing and getting, whose object may be a headless yang + adjective (the spicy one).
_CHOOSING = {"pesan", "pilih", "cari", "beli", "coba", "ambil", "suka", "mau", "jadi"}
_AGENT_START = {"n", "name", "abbr", "unk"}
_TIME_AGENTS = {"yesterday", "today", "tomorrow", "night", "morning", "afternoon", "evening", "day", "week", "month",
                "year", "time", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                "Sunday"}
# Passives whose noun phrase is what the subject is called or taken for, not who acts (yang disapa Iyek -> called
# Iyek; yang diduga model -> suspected of being a model; dijadikan tempat -> made into a place).
_NAMING_PASSIVES = {"disapa", "disebut", "dipanggil", "dijuluki", "dinamai", "dinamakan", "diduga", "dianggap",
                    "dinilai", "dijadikan", "diangkat", "berdasar", "dikenal", "diberi", "diberikan", "dikasih"}
# yang jelas/yang pasti before a clause say how sure it is: sentence adverbs.
_SENTENCE_ADVERBS = {"yang jelas": "clearly", "yang pasti": "certainly"}
_MANY = {"banyak", "terlalu banyak", "cukup banyak", "sangat banyak", "banyak sekali", "banyak banget"}
# A noun phrase (with prepositional phrases and adverbs) that a headless yang-clause identifies: what I like is ...
_NP_START = {"n", "det", "plm", "num", "pre", "name", "abbr"}
_IDENTIFIED = _NP_START | {"adj", "unk", "cls", "prep", "adv", "dem", "pron", "conj", "part"}
# Place nouns that follow "ada di" as a preposition of their own (yang ada di atas piring -> on the plate).
_PLACE_NOUNS = {"atas", "bawah", "dalam", "luar", "depan", "belakang", "samping", "sekitar", "tengah", "antara"}
# Nouns for people (as the last word of the English head): their relative clauses take who.
_HUMAN_HEADS = frozenset({"people", "person", "visitor", "customer", "consumer", "buyer", "guest", "waiter",
                          "waitress", "staff", "employee", "worker", "friend", "child", "children", "kid", "tourist",
                          "resident", "user", "student", "player", "fan", "man", "men", "woman", "women", "someone",
                          "everyone", "anyone", "seller", "officer", "driver", "parent", "citizen", "member",
                          "passenger", "patient", "official", "victim", "suspect", "witness", "teacher", "doctor",
                          "colleague", "colleagues", "sibling", "siblings", "younger siblings", "brother", "sister",
                          "mother", "father", "husband", "wife", "son", "daughter", "partner", "friends", "family",
                          "parents", "employees", "workers", "fans", "users", "members"})
# Words that may stand between yang and the agent of an object relative clause (yang bisa kami pilih).
_MARKERS_BEFORE_AGENT = frozenset({"modal", "aux", "neg", "adv", "deg"})


# Bits of _marks: which of the scans before word order a token concerns.
_M_DEGREE = 1           # merge_degrees: a degree word, sedikit, or a just/only adverb
_M_REREAD = 2           # _reread: one of its words, a classifier, or a sense-bearing adjective
_M_CAP_NOUN = 4         # _reread: a capitalised noun (matters only after a dash)
_M_DASH = 8
_M_PAST = 16            # _tense: a past marker
_M_PRON = 32            # _tense: a pronoun (a possible first-person narrative)


@cython.locals(t=Tok)
def _marks(t: Tok) -> int:
    """The _M_ bits of one token, memoised on it: most tokens are shared from the word cache, so each is
    classified once per process instead of in three loops per sentence (Tok.clone resets the memo)."""
    pos, low = t.pos, t.low
    m = 0
    if pos == "deg" or pos == "adv" and t.gloss in {"just", "only"} or low in SLIGHTLY or low == "kalah":
        m |= _M_DEGREE
    if low in _REREAD_WORDS or pos == "cls" or t.extra and pos == "adj":
        m |= _M_REREAD
    if t.cap and pos == "n":
        m |= _M_CAP_NOUN
    if t.src == "-":
        m |= _M_DASH
    if low in _PAST_WORDS or t.gloss in _PAST_GLOSSES or " " in low and low.rsplit(" ", 1)[-1] in _PAST_WORDS \
            or pos == "num" and _YEAR.match(t.src):
        m |= _M_PAST
    if pos == "pron":
        m |= _M_PRON
    t.marks = m
    return m


@cython.locals(t=Tok)
def _all_marks(toks: list[Tok]) -> int:
    marks = 0
    for t in toks:
        m = t.marks
        marks |= m if m >= 0 else _marks(t)
    return marks


class Sentence(VerbGroups):
    """Translate one analysed sentence; methods consume tokens left to right and append English words."""

    __slots__ = ()       # the state lives in NounPhrases' slots

    def __init__(self, toks: list[Tok], demonyms: dict[str, str], carried_tense: str = "", opening: bool = False):
        marks = _all_marks(toks)
        if marks & _M_DEGREE:
            toks = merge_degrees(toks)
            marks = _all_marks(toks)
        self.t = toks
        self._owned: set[int] = set()   # positions of self.t holding a private copy (see own)
        self.experiential_at = -1       # the verb of a clause that says how often: its perfect (see _times_after_verb)
        if marks & _M_REREAD or marks & _M_CAP_NOUN and marks & _M_DASH:
            self._reread()
            if self._owned:
                marks = _all_marks(toks)    # (the changed tokens are new copies)
        self.out: list[str] = []
        self.demonyms = demonyms
        if marks & _M_PAST:
            self.tense, self.tense_marked = "past", True
        elif marks & _M_PRON:
            self.tense, self.tense_marked = self._tense()
        else:
            self.tense, self.tense_marked = "present", False
        if not self.tense_marked and carried_tense:
            self.tense = carried_tense       # a story goes on in the tense it started in
        self.agr = "3s"
        self.has_subject = False
        self.has_verb = False
        self.np_at = -1                 # index in self.out of the last noun phrase's head words
        self.np_start = -1              # ... and of its first word (article, possessive, number)
        self.np_plural = False          # ... and whether it was plural
        self.cap_at = -1                # index in self.out of a word that starts a sentence mid-line
        self.statement = False          # a "noun adjective" clause was read as a statement (harga murah, ...)
        self.gap = False                # inside a relative clause whose object is the relativised noun
        self.main_subject_at = -1       # a pronoun known to start the main clause (pas datang saya ...: I)
        self.causee_at = -1             # len(self.out) after a causative verb: its object's verb is bare (make X go)
        self.opening = opening          # the sentence starts its text
        self.fragment_at = -1           # index in self.out of "the" before a sentence-initial noun phrase: "a" if
        #                                 the sentence never gets a verb (see _fragment)

    @cython.locals(k=cython.Py_ssize_t, t=Tok, nxt=Tok, verb=Tok, per=Tok)
    def _reread(self) -> None:
        """Word classes that only the neighbours decide, fixed before word order is built:
        - jam/pukul before a number is a preposition (jam 8 pagi -> at 8 in the morning; none after another
          preposition: sampai jam 10 -> until 10), and the part of the day after it is an adverb;
        - baru/pas/habis before a verb are just/when/after (their 4th lexicon column), not new/right/finished;
        - a classifier with no number before it is a plain noun (orang itu -> those people);
        - tinggal before a verb is "just" (tinggal klik -> just click), not "live".
        Each rule needs a few words, a sense-bearing adjective, a capitalised noun after a dash or a classifier:
        skip the rest."""
        times = -1
        for k, t in enumerate(self.t):
            pos = t.pos
            if t.low not in _REREAD_WORDS and pos != "cls" and not (t.extra and pos == "adj" or t.cap and pos == "n"
                                                                    and k >= 2 and self.t[k - 1].src == "-"):
                continue
            nxt = self.t[k + 1] if k + 1 < len(self.t) else None
            if t.low in {"jam", "pukul"} and nxt is not None and nxt.pos == "num":
                self._clock_time(k)
            elif t.pos == "adj" and t.extra and nxt is not None and nxt.pos in {"v", "vpass", "aux"}:
                t = self.own(k)
                t.pos, t.gloss = ("conj" if t.extra[0] in {"when", "after"} else "adv"), t.extra[0]
            elif t.low == "kembali" and k > 0 and (self.t[k - 1].pos in {"v", "vpass"} or k > 1 and (
                    self.t[k - 1].pos == "pron" and self.t[k - 2].pos == "v")) and nxt is not None and (
                    nxt.low != "ke" and not nxt.low.startswith("ke ")):   # (menghubungi kami kembali -> ... again)
                verb = self.t[k - 1] if self.t[k - 1].pos != "pron" else self.t[k - 2]
                t = self.own(k)
                t.pos, t.gloss = "adv", "back" if verb.gloss.split(" ")[0] in _GIVE_TAKE else "again"
                t.extra = ()                      # merebut kembali -> seize back; membuka kembali -> open again
            elif t.low in _DIRECTIONS and k > 0 and self.t[k - 1].pos in {"n", "num"} and nxt is not None and (
                    nxt.pos == "name"):
                t = self.own(k)
                t.pos, t.gloss = "prep", _DIRECTIONS[t.low] + " of"     # 100 kilometer utara Baghdad -> north of
            elif t.low == "baik" and (k == 0 or self.t[k - 1].pos in {"punct", "v", "vpass", "prep"}) and (
                    nxt is not None and nxt.pos not in {"punct", "conj", "n"} and nxt.low != "hati"):
                pair = next((u.low for u in self.t[k + 2:k + 10] if u.low in {"atau", "maupun", "ataupun"}), "")
                if pair:                          # baik akibat X atau Y -> either due to X or Y
                    t = self.own(k)
                    t.pos, t.gloss, t.extra = "adv", "either" if pair != "maupun" else "both", ()
            elif t.low in {"tanggal", "tgl"} and nxt is not None and nxt.pos == "num" and nxt.src.isdecimal() and (
                    k + 2 < len(self.t) and self.t[k + 2].gloss in _MONTHS):
                t = self.own(k)                     # pada tanggal 2 November -> on 2 November (a date names its
                t.pos, t.gloss = "part", ""         # day without "the date")
                if k > 0 and self.t[k - 1].low == "per":
                    per = self.own(k - 1)
                    per.gloss = "as of"             # per tanggal 23 Juni -> as of 23 June
            elif t.low in {"kisaran", "berkisar"} and nxt is not None and nxt.pos == "num":
                ranged = any(u.low in _RANGE_ENDS for u in self.t[k + 2:k + 6])
                t = self.own(k)                     # harga kisaran 20 ribu -> the price is around 20 thousand;
                t.pos, t.gloss = ("adv", "around") if t.low == "kisaran" else ("v", "range from" if ranged else (
                    "be around"))                   # berkisar Rp 5.000 hingga ... -> ranges from Rp 5,000 to ...
            elif t.low == "mulai" and nxt is not None and nxt.pos == "num" and t.pos == "v" and (
                    nxt.src[0] in CURRENCY_START or k + 2 < len(self.t) and self.t[k + 2].low in _MAGNITUDES):
                ranged = any(u.low in _RANGE_ENDS for u in self.t[k + 2:k + 6])
                t = self.own(k)                     # harga mulai Rp 13.000 - Rp 21.000 -> the price ranges from
                t.gloss = "range from" if ranged else "start from"      # ...; harga mulai 15 ribu -> starts from
            elif t.low == "begitu" and nxt is not None and nxt.pos == "v" and (k == 0 or self.t[k - 1].src in {
                    ",", '"'}):
                t = self.own(k)                     # begitu masuk, ... -> upon entering, ... (at a clause start:
                t.pos, t.gloss = "conj", "upon"     # tidak begitu suka is "not so much")
            elif t.low == "tinggal" and nxt is not None and (nxt.pos == "v" or nxt.gloss == "just" and k + 2 < len(
                    self.t) and self.t[k + 2].pos == "v"):
                t = self.own(k)                     # tinggal klik -> just click (all that is left to do); tinggal
                t.pos, t.gloss = ("adv", "just") if nxt.pos == "v" else ("part", "")    # tunjuk saja: one "just"
            elif t.low in {"kemudian", "lagi"} and k > 0 and self.t[k - 1].gloss.split(" ")[-1] in _SPANS and (
                    k > 1 and self.t[k - 2].pos == "num"):
                t = self.own(k)
                t.pos, t.gloss, t.extra = "adv", "later", ()   # tiga jam kemudian -> three hours later
            elif t.pos == "n" and t.cap and k >= 2 and self.t[k - 1].src == "-" and self.t[k - 2].src == ")":
                t = self.own(k)
                t.cap = False                     # (ANTARA News) - Pelaku ...: the dateline dash starts the sentence
            elif t.low in _COLLECTIVES and nxt is not None and nxt.pos in {"n", "cls"} and nxt.gloss != "time" and (
                    k == 0 or self.t[k - 1].pos not in {"n", "cls", "name", "num", "det", "adj"}):
                t = self.own(k)                   # kedua tim -> both teams; ketiga hal -> the three things
                t.pos, t.gloss, t.extra = "plm", _COLLECTIVES[t.low], ()
            elif t.pos == "cls" and t.gloss and (k == 0 or self.t[k - 1].pos not in {"num", "plm"}):
                t = self.own(k)
                t.pos, t.plural = "n", t.gloss == "people"
                if k > 0 and self.t[k - 1].src == "/" and t.plural:
                    t.gloss, t.plural = "person", False     # Rp 10.000 / orang -> Rp 10,000/person
            elif t.low == "kali" and times < 0 and self._times_before_verb(k):
                times = k
            elif t.low in {"sampai", "sampe"} and self._arrives(k):
                t = self.own(k)                   # sudah sampai -> have arrived; setelah sampai di -> after arriving
                t.pos, t.gloss, t.extra = "v", "arrive", ()
        if times >= 0:
            self._times_after_verb(times)

    def _arrives(self, k: int) -> bool:
        """Whether sampai at k is the verb arrive, not the preposition until: after sudah/telah/belum with no
        number after it (paket saya belum sampai -> hasn't arrived; belum sampai 1 kilo -> not up to 1 kilo), or
        after a clause word of time before di, a name or a pronoun (setelah sampai di hotel -> after arriving at)."""
        t = self.t
        prev, nxt = t[k - 1] if k > 0 else None, t[k + 1] if k + 1 < len(t) else None
        if prev is None:
            return False
        if prev.pos == "aux" or prev.low in {"belum", "blm"}:
            return nxt is None or nxt.pos in {"punct", "conj", "adv", "q"}
        return prev.pos == "conj" and prev.gloss in {"when", "after"} and prev.low != "waktu" and nxt is not None and (
            nxt.low == "di" or nxt.pos in {"name", "pron"})

    def _times_before_verb(self, k: int) -> bool:
        """Whether kali at k ends a number of times standing before its verb: (saya) (sudah) beberapa kali makan
        di sini, 5 kali saya ke sini."""
        t = self.t
        if k == 0 or t[k - 1].pos not in {"num", "plm"} or k + 1 >= len(t) or k >= 2 and (
                t[k - 2].pos not in _BEFORE_TIMES):
            return False
        nxt = t[k + 1]
        if nxt.pos == "pron" and k + 2 < len(t):
            nxt = t[k + 2]                        # 5 kali saya ke sini
        return nxt.pos in {"v", "vpass"} or nxt.pos == "n" and nxt.verb != "" or nxt.low in _DEICTIC_MOTION

    def _times_after_verb(self, k: int) -> None:
        """English says how often after the verb phrase: saya beberapa kali makan di sini -> I've eaten here several
        times; sudah 2 kali ke sini -> have been here twice. The number and kali move to the end of their clause,
        and the clause's verb takes the perfect of experience unless a marker before the number gives its aspect."""
        t = self.t
        end = k + 1
        while end < len(t) and t[end].pos not in {"punct", "conj"} and end < k + 12:
            end += 1
        had_aux = k >= 2 and t[k - 2].pos == "aux"
        t[k - 1:end] = t[k + 1:end] + t[k - 1:k + 1]
        self._owned -= set(range(k - 1, end))       # (positions moved: own() copies afresh)
        if not had_aux:                             # how often something was done is experience: the perfect
            self.experiential_at = next((j for j in range(k - 1, end - 2) if t[j].pos == "v" or t[j].verb or (
                t[j].low in _DEICTIC_MOTION)), -1)  # saya beberapa kali makan di sini -> I've eaten here ...
        number = t[end - 2]
        if number.value in (1, 2):                  # 2 kali -> twice
            number = self.own(end - 2)
            number.pos, number.gloss = "part", ""
            times = self.own(end - 1)
            times.pos, times.gloss = "adv", "once" if number.value == 1 else "twice"

    def _clock_time(self, k: int) -> None:
        t = self.own(k)
        prev = self.t[k - 1] if k > 0 else None
        about = prev is not None and prev.low == "sekitar"
        if prev is not None and prev.low in {"pada", "di", "sekitar"}:
            prev = self.own(k - 1)
            prev.pos, prev.gloss = "part", ""     # pada pukul 14.30 -> at 14:30
        after_prep = prev is not None and prev.pos == "prep"
        t.pos, t.gloss = ("part", "") if after_prep else ("prep", "at about" if about else "at")   # sekitar pukul 3
        day = self.t[k + 2] if k + 2 < len(self.t) else None
        if day is not None and day.low in _DAY_PARTS:
            day = self.own(k + 2)
            day.pos, day.gloss = "adv", _DAY_PARTS[day.low]

    def _tense(self) -> tuple[str, bool]:
        """(tense, whether the sentence itself marks it) of a sentence without a past marker (see _marks) but with
        a pronoun."""
        for k, t in enumerate(self.t):
            if t.pos == "pron":     # "kami datang ..." narrates a visit; other sentences describe or state
                nxt = self.t[k + 1] if k + 1 < len(self.t) else None
                if nxt is not None and nxt.low == "dan" and k + 3 < len(self.t) and self.t[k + 2].pos == "n":
                    k += 2                          # saya dan keluarga datang -> my family and I came
                    nxt = self.t[k + 1]
                while nxt is not None and nxt.pos in {"adv", "aux", "neg"} and nxt.low not in _NOT_PAST and not nxt.low.startswith("ke ") and (
                        k + 2 < len(self.t)):      # kami juga sudah pesan ... : adverbs before the verb
                    k += 1
                    nxt = self.t[k + 1]
                narrative = t.extra[2:3] in (("1s",), ("1p",)) and nxt is not None and (
                    nxt.pos == "v" and nxt.gloss not in _STATIVE or nxt.pos == "vpass" or nxt.verb or nxt.low == "ke"
                    or nxt.low.startswith("ke "))
                return ("past", True) if narrative else ("present", False)
            if t.pos in {"v", "vpass"}:
                break
        return "present", False

    # -- helpers -----------------------------------------------------------------------------------------
    @cython.locals(k=cython.Py_ssize_t, t=Tok)
    def own(self, k: int) -> Tok:
        """The token at position k, safe to change. Analysed tokens are shared with the translator's word cache
        (and a word may stand at several positions), so every rule that adjusts a token takes it through here:
        the first call puts a private copy in its place."""
        if k in self._owned:
            return self.t[k]
        self._owned.add(k)
        t = self.t[k] = self.t[k].clone()
        return t

    @cython.locals(i=cython.Py_ssize_t, k=cython.Py_ssize_t, j=cython.Py_ssize_t)
    def peek(self, i: int, k: int = 0) -> Tok | None:
        j = i + k
        return self.t[j] if 0 <= j < len(self.t) else None

    @cython.locals(tok=Tok)
    def gloss(self, tok: Tok) -> str:
        g = tok.gloss
        if tok.cap and g and g[0].islower() and tok.pos not in {"prep", "conj", "rel", "dem", "aux", "neg", "modal"}:
            g = english.titled(g)
        return g

    def emit(self, *words: str) -> None:
        """Append words to the output, skipping empty ones and a repeated to/the/a/there."""
        self.emit_words(words)

    @cython.locals(out=list)
    def emit_words(self, words: list[str] | tuple[str, ...]) -> None:
        """emit for a list already built (emit(*words) is a call the interpreter does not inline)."""
        out = self.out
        for w in words:
            if w and not (out and w in _NO_REPEAT and (
                    out[-1] == w or w in _TRAILING_REPEAT and out[-1][-len(w) - 1:] == " " + w)):
                out.append(w)

    def clause_reset(self) -> None:
        if self.fragment_at >= 0:
            if self.has_verb:
                self.fragment_at = -1       # the opening phrase's clause has a verb: it may be its subject
            elif "," in self.out[-2:]:
                self._fragment()            # Restoran dengan pemandangan yang bagus, jika ... -> A restaurant ...
        self.has_subject = False
        self.has_verb = False
        self.agr = "3s"
        self.causee_at = -1

    # -- main loop -----------------------------------------------------------------------------------------
    @cython.locals(t=list, i=cython.Py_ssize_t, n=cython.Py_ssize_t, start=cython.Py_ssize_t, j=cython.Py_ssize_t,
                   tok=Tok, nxt=Tok, prev=Tok, nn=Tok, then=Tok, go=Tok)
    def run(self) -> list[str]:
        i = 0
        t = self.t
        n = len(t)
        while i < n:
            start = i
            tok = t[i]
            pos = tok.pos
            if tok.low == "jadi" and self.has_verb and self._result_clause(i):
                tok = self.own(i)                   # ..., jadi tidak bisa tidur -> ..., so I can't sleep
                tok.pos, tok.gloss, tok.extra = "conj", "so", ()
                pos = "conj"
            if tok.extra and pos in {"v", "adv", "adj", "part", "n"} and (
                    i == 0 or t[i - 1].src in {".", "!", "?", ";"} and not self.has_subject
                    or t[i - 1].src == "," and self._starts_clause(i)):
                self.emit(tok.extra[0])           # clause-initial sense: jadi -> so, terus -> then
                i += 1
            elif pos == "punct":
                self.emit(tok.src)
                nxt = t[i + 1] if i + 1 < n else None
                # the dash that ends a dateline (Tikrit (ANTARA) - ...; JAKARTA, KOMPAS.com – Harga ...): a new
                # clause whose first word takes a capital (JAKARTA – The Indonesian delegation ...); only names
                # stand before it (not: Kepada DailySocial, Co - Founder ...)
                dateline = tok.src == "-" and i > 0 and t[i - 1].src == ")" or i < 8 and tok.src in _DASHES and (
                    after_dateline([x.src for x in t]) == i + 1 and all(x.pos in _DATELINE_POS for x in t[:i]))
                if dateline:
                    self.cap_at = len(self.out)     # the sentence after the dateline starts with a capital
                if tok.src in (";", ":", "(", '"') or dateline or (
                        tok.src == ",") and self.has_subject and nxt is not None and (
                        nxt.pos == "pron" or nxt.pos in {"n", "name"} and (
                            nxt.poss or nxt.pos == "n" and self._bare_subject(i + 1)
                            or self.has_verb and self._new_subject(i + 1))):
                    self.clause_reset()             # pas datang, tempatnya penuh: a new clause after the comma
                i += 1
            elif pos == "adv" and tok.gloss in _COMMENT_ADVERBS and i + 1 < n and t[i + 1].pos != "punct" and (
                    i == 0 or t[i - 1].src in _SENTENCE_MARKS):
                self.emit(tok.gloss, ",")           # Sayangnya tempatnya kotor -> Unfortunately, the place is dirty
                i += 1                              # (a comment on the whole sentence is set off by a comma)
            elif pos == "n" and tok.verb and self._verb_slot(i):
                tok = self.own(i)
                tok.pos, tok.gloss = "v", tok.verb       # bare root as a verb: saya pesan nasi -> I order rice
                i = self.verb_group(i)
            elif pos == "plm" and tok.gloss == "too many" and i + 1 < n and t[i + 1].pos == "v":
                i = self._too_much(i)
            elif pos in {"n", "det", "plm", "num", "pre"}:
                if pos == "plm" and tok.low in _MANY and i + 1 < n and t[i + 1].pos == "n" and not self.has_verb:
                    self._has_many(i)
                if pos == "num" and self.has_subject and not self.has_verb and self.np_at >= len(self.out) - 2 and (
                        t[i - 1].poss or t[i - 1].pos == "adv" and i > 1 and t[i - 2].poss and (
                            self.np_at == len(self.out) - 2) or self._amount_predicate(i)):
                    at = len(self.out) - (t[i - 1].pos == "adv")
                    self.out.insert(at, english.be(self.tense, self.agr))   # harganya (cuma) 20 ribu -> the
                    self.has_verb = True                                     # price is (just) 20 thousand
                elif tok.poss and self.has_verb and t[i - 1].pos in _BEFORE_NEW_STATEMENT and i + 1 < n and (
                        t[i + 1].pos in {"adj", "deg"} or t[i + 1].pos == "adv" and i + 2 < n and t[i + 2].pos in (
                            "adj", "deg")):
                    self.clause_reset()             # makanannya enak pelayanannya ramah: a new statement
                i = self.noun_phrase(i)
            elif tok.gloss == "dear" and pos in {"phr", "abbr"} and (i == 0 or t[i - 1].pos == "punct"):
                i = self._salutation(i)
            elif pos in {"name", "abbr", "unk"}:
                i = self.name_phrase(i)
            elif pos == "pron":
                if tok.gloss == "no one" and i + 1 < n and t[i + 1].pos == "adj":
                    self._none_is(i)
                    i += 1
                else:
                    i = self.pronoun(i)
            elif tok.low == "bukan" and self.has_verb and self.peek(i, 1) is not None and self.peek(i, 1).pos in (
                    "n", "det", "plm", "num", "name"):
                self.emit("not")                    # ... ke meja saya bukan piring -> ... not a plate
                i += 1
            elif pos == "v" and self._gerund_subject(i):
                self.emit(english.ing(self.gloss(tok)))    # Makan di sini enak -> Eating here is nice
                self.has_subject, self.has_verb, self.agr = True, False, "3s"
                i += 1
                while i < n and self.t[i].pos == "adv" and self.t[i].gloss in {"here", "there"}:
                    self.emit(self.t[i].gloss)             # the place belongs to the gerund, before the copula
                    i += 1
            elif (tok.low in _WORD_RULES or pos == "modal") and (j := self._word_rule(i)) >= 0:
                i = j                               # please, better to, generic you, then, no need to, first time, ke sini
            elif pos in {"aux", "neg", "modal"} and self.has_subject and not self.has_verb and i > 0 and (
                    t[i - 1].pos in {"n", "dem", "name", "adj", "unk"}) and self._agent_first(i):
                i = self.topicalised_object(i)      # mi itu tidak bisa saya rasakan -> the noodles, I couldn't taste
            elif pos in {"v", "vpass", "aux", "neg", "modal", "cop"} or (
                    pos == "adj" and self.has_subject and not self.has_verb) or pos == "adv" and self._adverb_before_verb(i):
                if pos in {"aux", "neg", "modal"} and i >= 2:
                    self._reported_subject(i)   # ia mengatakan akan datang -> he said he will come
                i = self.verb_group(i)
            elif (pos == "conj" and tok.gloss == "and" or tok.low in {"sama", "ama"}) and self.out and self.out[-1] in {
                    "I", "we"} and (
                    not self.has_verb and self.peek(i, 1) is not None and self.peek(i, 1).pos == "n"
                    and not self.peek(i, 1).poss and not self.peek(i, 1).cap):
                subj = self.out.pop()               # saya dan suami -> my husband and I
                nn = self.peek(i, 2)
                if nn is None or nn.pos != "pron" or not nn.extra:      # (saya dan teman saya: its own "my")
                    self.emit("my" if subj == "I" else "our")
                i = self.noun_phrase(i + 1)
                if 0 < self.np_start < len(self.out) and self.out[self.np_start] in {"the", "my"} and (
                        self.out[self.np_start - 1] in {"my", "our"}):
                    del self.out[self.np_start]     # (saya sama pasangan: no article after "my")
                self.emit("and", subj)
                self.has_subject, self.agr = True, "1p"
            elif pos == "conj" and tok.gloss in {"and", "or"} and self._infinitive_goes_on(i):
                self.emit(tok.gloss, t[i + 1].gloss)   # untuk makan dan minum -> to eat and drink
                i += 2
            elif pos == "conj" and tok.gloss == "so that" and self._bare_purpose(i):
                i = self.purpose(i)                 # biar tahu lagu-lagunya -> to know the songs
            elif pos == "conj" and tok.gloss == "when" and self._time_of_day(i + 1, True):
                self.emit(_PARTS_OF_DAY[t[i + 1].gloss])     # ramai saat malam -> busy at night; ketika jam makan
                i += 2                                        # siang -> at lunchtime
            elif pos == "conj":
                nxt = self.peek(i, 1)
                if tok.gloss == "even though" and nxt is not None and nxt.pos == "adj":
                    self.emit("although")           # meski mahal -> although expensive (a reduced clause)
                else:
                    self.emit(tok.gloss)
                    if tok.gloss in _LINKING_ADVERBS and nxt is not None and nxt.pos != "punct" and (
                            i == 0 or t[i - 1].src in _SENTENCE_MARKS):
                        self.emit(",")              # Selain itu tempatnya bersih -> In addition, the place is clean
                if tok.gloss == "and" and self.has_subject and not self.has_verb and nxt is not None and nxt.pos in (
                        "n", "pron", "name", "plm", "num", "pre"):
                    self.agr = "3p"                 # saya dan istri tergoda -> I and my wife are tempted
                    if nxt.pos == "pron":
                        self.emit(nxt.gloss)
                        i += 1
                elif tok.gloss in {"after", "before", "while", "upon"} and nxt is not None and nxt.pos == "v" and (
                        nxt.gloss[:6] != "there "):
                    self.emit(english.ing(nxt.gloss))    # setelah makan -> after eating
                    self.has_subject = self.has_verb = True
                    i += 1
                else:
                    self.clause_reset()
                    if tok.gloss in _TIME_OR_CONDITION and nxt is not None and (
                            nxt.pos in {"modal", "v"} or nxt.low == "ke" or nxt.low.startswith("ke ")
                            or tok.gloss == "if" and self._negated_condition(i + 1)) and (
                            nxt.low not in _DEICTIC_MOTION) and nxt.gloss[:6] != "there ":   # (kalau ada ...)
                        subject, self.agr = self._subordinate_subject(
                            i, i + 2, ("you", "2") if tok.gloss == "if" else ("", "") if tok.gloss == "when" and (
                                nxt.pos == "v" or nxt.gloss[-3:] == " to") else (
                                "you", "2") if tok.gloss == "when" else ("I", "1s"), False)
                        if subject:
                            self.emit(subject)      # kalau mau beli obat -> if you want to buy medicine
                            self.has_subject = True
                        else:                       # saat meninjau lokasi -> when inspecting the location
                            self.emit(english.ing(nxt.gloss))
                            self.has_subject = self.has_verb = True
                            i += 1
                            then = self.peek(i, 1)
                            if nxt.pos == "modal" and then is not None and then.pos == "v":
                                self.emit(then.gloss)   # ketika ingin menyantap -> when wanting to eat
                                i += 1
                i += 1
            elif pos == "prep":
                i = self.preposition(i)
            elif pos == "rel":
                i = self.relative(i)
            elif pos == "dem":
                prev = self.peek(i, -1)
                if tok.low != "tersebut":
                    self.emit(tok.gloss)                    # a demonstrative standing alone
                    if self._identifies(i):
                        self.emit(english.be(self.tense, "3s"))     # Ini salah satu ... -> This is one of ...
                        self.has_subject = self.has_verb = True
                        i += 1
                        continue
                elif prev is None or prev.pos in {"punct", "conj", "prep", "v", "rel"}:
                    self.emit("it")                         # tersebut as a pronoun: ... menolak tersebut
                # after a noun phrase tersebut only marks it as known: raksasa Ligue 1 tersebut -> dropped
                if not self.has_subject or self.has_verb:
                    self.has_subject, self.has_verb, self.agr = True, False, "3s"   # ini adalah ... -> this is
                i += 1
            elif pos == "adv" and tok.low.startswith("ke ") and self.has_subject and not self.has_verb:
                go = Tok("ke", "v", "come" if tok.gloss == "here" else "go")
                self.emit(*self._aux(go, False, False, False, False, "not", "", False), tok.gloss)
                self.has_verb = True                     # kami ke sini -> we came here
                i += 1
            elif tok.low in {"lagi", "lg"} and any(w.pos == "neg" or w.low in _NONE_THERE or w.gloss[:4] == "not " for w in
                                                   self.t[max(0, i - 6):i]):     # (tidak enak: one merged "not good")
                self.emit("anymore")                     # tidak spesial lagi -> not special anymore
                i += 1
            elif pos == "adv" and tok.gloss == "" and self.peek(i, 1) and self.peek(i, 1).pos == "adj":
                self.emit(english.adverb(self.peek(i, 1).gloss))      # secara resmi -> officially
                i += 2
            elif tok.low == "tidak ada" and self.has_subject and not self.has_verb and (
                    self.peek(i, 1) is None or self.peek(i, 1).pos == "punct"):
                thing = self.absent_subject()
                if thing:
                    self.emit("there", english.be(self.tense, "3p" if self.np_plural else "3s"), "no", *thing)
                else:
                    self.emit(english.be(self.tense, self.agr), "not", "there")     # dia tidak ada -> he isn't there
                self.has_verb = True
                i += 1
            elif pos == "phr" and tok.low in _YANG_ATTRIBUTIVE and i > 0 and t[i - 1].pos in {"n", "name", "adj"} and (
                    self.np_at == len(self.out) - 1 >= 0):
                self.out[-1] = _YANG_ATTRIBUTIVE[tok.low] + " " + self.out[-1]     # pemandangan yang menarik
                i += 1
            elif pos == "adj":
                i = self.adjective(i)
            elif pos == "phr" and tok.gloss[:5] == "what " and tok.low[:5] == "yang " and (
                    i == 0 or t[i - 1].src in {".", "!", "?", ","} or t[i - 1].pos == "conj"):
                if tok.low in _SENTENCE_ADVERBS and i + 1 < n and t[i + 1].src not in {".", "!", "?"}:
                    adverb = _SENTENCE_ADVERBS[tok.low]     # yang jelas sambalnya oke -> clearly, the sambal is
                    self.emit(adverb.capitalize() if i == 0 else adverb)         # good
                    if t[i + 1].src != ",":
                        self.emit(",")
                    self.clause_reset()
                else:
                    self.emit(self.gloss(tok))      # Yang penting usaha. -> What matters is the effort.
                    self._what_is(i + 1)
                i += 1
            elif pos == "intj" and i + 1 < n and t[i + 1].pos != "punct" and (
                    i == 0 or t[i - 1].src in _SENTENCE_MARKS):
                self.emit(self.gloss(tok), ",")     # Wah makanannya enak -> Wow, the food is delicious (English
                i += 1                              # sets an opening interjection off from its clause)
            elif pos == "vrep":                 # ...," jelas Bayu -> explained Bayu (analyse._reporting_clauses)
                self.emit(tok.gloss)
                self.has_subject = self.has_verb = True
                i += 1
            else:
                g = self.gloss(tok)
                if g[:9] == "there is " and self.tense == "past" and pos == "phr" and g[9:] != "no harm in":
                    g = "there was " + g[9:]        # tidak ada (yang spesial) in a past narrative: there was no ...
                self.emit(g)
                if tok.gloss == "he said" and self.has_subject:
                    self.clause_reset()             # ..., katanya satenya enak -> ..., he said the satay is good
                i += 1
            if i == start:                      # every branch must consume: never loop on an odd sequence
                self.emit(self.gloss(tok))
                i += 1
        if self.fragment_at >= 0:
            self._fragment()
        if 0 <= self.cap_at < len(self.out) and self.out[self.cap_at]:
            self.out[self.cap_at] = self.out[self.cap_at][0].upper() + self.out[self.cap_at][1:]
        if self.t and self.t[-1].src == "?" and self.t[0].pos == "q":
            self._invert_question()
        return self.out

    def _reported_subject(self, i: int) -> None:
        """A clause reported after a verb of saying that starts with its auxiliary or negation (ia mengatakan (bahwa)
        akan datang; mereka menyatakan tidak tahu) has the sayer, a pronoun, as its subject: English says it
        again (he said he will come; they stated they don't know)."""
        t = self.t
        j = i - 2 if i >= 3 and t[i - 1].low == "bahwa" else i - 1
        if j >= 1 and t[j].low in _SAYING and t[j - 1].pos == "pron" and t[j - 1].low in _SAYERS and not any(
                x.low == "ada" or x.gloss[:6] == "there " for x in t[i:i + 3]):     # (sudah ada: there is, no subject)
            self.emit(t[j - 1].gloss.lower() if t[j - 1].gloss != "I" else "I")

    def _too_much(self, i: int) -> int:
        """terlalu banyak + a verb says how much one does it: Terlalu banyak makan tidak baik -> Eating too much
        isn't good (a subject of its own); terlalu banyak mengeluh -> complain too much."""
        t = self.t
        if not self.has_subject and (i == 0 or t[i - 1].src in _SENTENCE_MARKS):
            self.emit(english.ing(t[i + 1].gloss), "too much")
            self.has_subject, self.has_verb, self.agr = True, False, "3s"
            return i + 2
        i = self.verb_group(i + 1)
        self.emit("too much")
        return i

    def _word_rule(self, i: int) -> int:
        """The constructions that start at one of a few words (_WORD_RULES) or at a modal, tried in this order;
        the position after the construction, or -1 when none applies. (One set look-up in run() instead of a test
        per construction for every other token.)"""
        t = self.t
        n = len(t)
        tok = t[i]
        low, pos = tok.low, tok.pos
        if low in _PLEASE and i + 1 < n and t[i + 1].pos == "vpass" and t[i + 1].extra and not (
                self.has_subject and not self.has_verb):
            verb = t[i + 1].extra[0]            # tolong dicek -> please check; mohon ditindaklanjuti -> please
            if (i + 2 >= n or t[i + 2].pos == "punct") and verb.rsplit(" ", 1)[-1] in _STRANDED:
                verb = verb.rsplit(" ", 1)[0]   # follow up (a request made with the passive; its object, the
            self.emit("please", verb)           # matter at hand, goes unsaid)
            self.has_subject = self.has_verb = True
            return i + 2
        if low in _BETTER and self._verb_at(i + 1):
            return self._better_to(i)
        if low == "masih" and i + 1 < n and t[i + 1].low in _BETTER and self._verb_at(i + 2):
            self.emit("still")                  # masih mending makan di ITB -> it's still better to eat ...
            return self._better_to(i + 1)
        if pos == "modal" and self._generic_you(i):
            self.emit("you")                    # Bisa makan di luar. -> You can eat outside.
            self.has_subject, self.agr = True, "2"
            return self.verb_group(i)
        if pos == "modal" and tok.gloss == "want to" and self._writers_wish(i):
            self.emit("I")                      # Mau marah sama indosat -> I want to be angry with Indosat
            self.has_subject, self.agr = True, "1s"
            return self.verb_group(i)
        if low in _THEN and self.has_verb and self._then_follows(i):
            self.emit("then")                   # digoreng terus dilumuri kecap -> fried then smeared with ...
            nxt = t[i + 1]
            if nxt.pos == "pron" or nxt.poss:
                self.clause_reset()             # enak terus pelayanannya mantap -> ..., then the service ...
            else:
                self.has_verb = False           # (the same subject goes on)
            return i + 1
        if low in _NO_NEED_BETTER and self._bare_verb_after(i):
            return self.no_need_better(i)       # tidak perlu menunggu lama -> no need to wait long
        if low in _FIRST_TIME and not self.has_verb and self._first_time_clause(i):
            return self.first_time(i)           # (ini) pertama kali saya ke sini -> (this is) the first time I ...
        if pos == "adv" and low in _DEICTIC_MOTION and not self.has_verb and self._motion_clause(i):
            return self.motion(i)               # saya ke sini naik motor, tiap kali ke sini -> ... I come here
        return -1

    def _negated_condition(self, j: int) -> bool:
        """Whether a subjectless condition goes on at j with a negated bare verb or modal: its subject is dropped
        like that of kalau mau ... (Kalau tidak suka, ... -> If you don't like it, ...). Not when the main clause
        after the comma names its own third-person subject, which the condition shares (Jika tidak bermain di
        sayap, dia ... -> If he doesn't play ..., he ...)."""
        t = self.t
        if not (t[j].pos == "neg" and j + 1 < len(t) and (t[j + 1].pos in {"v", "modal"} and (
                t[j + 1].gloss[:6] != "there ") or t[j + 1].verb)):
            return False
        for k in range(j + 2, min(len(t) - 1, j + 10)):
            if t[k].src == ",":
                main = t[k + 1]
                return not (main.pos in {"name", "abbr", "unk"} or main.pos == "pron" and main.gloss not in {"I", "we"})
        return True

    def _writers_wish(self, i: int) -> bool:
        """mau/ingin/pengen opening a statement with no subject say what the writer wants (Ingin marah sama
        pelayanan itu. -> I want to be angry with that service.); in a question they ask the reader (Mau pesan
        lagi? -> Want to order again?)."""
        nxt = self.peek(i, 1)
        return not self.has_subject and (i == 0 or self.t[i - 1].src in {".", "!"}) and nxt is not None and (
            nxt.pos in {"v", "adj"} or nxt.verb or nxt.low == "ke") and self.t[-1].src != "?"

    def _fragment(self) -> None:
        """A review often opens with a verbless noun phrase that describes what it reviews: the thing is named for
        the first time, so English takes "a" (Restoran unik dengan menu yang unik pula. -> A unique restaurant with
        an equally unique menu.; Tempat yang nyaman untuk keluarga -> A comfortable place for families). The phrase's
        clause decides where it ends at a comma (Restoran dengan konsep yang asri, apalagi kalau malam ... -> A
        restaurant with ..., especially at night ...); otherwise a sentence with a verb or copula in any clause
        keeps its definite subject (Tempat yang nyaman selalu ramai -> The comfortable place is always busy). Only
        the opening sentence of a text: later ones refer back."""
        at = self.fragment_at
        self.fragment_at = -1
        out = self.out
        if not self.has_verb and at + 1 < len(out) and out[at] == "the":
            out[at] = english.indefinite(out[at + 1])     # (the word after it: an adjective may have moved there)

    def _invert_question(self) -> None:
        """Yes/no and wh-questions put the first auxiliary before the subject (apakah kamu sudah makan? -> have
        you eaten?; kenapa harganya mahal? -> why is the price expensive?). Questions without an auxiliary stay
        in statement order rather than guessing do-support, except after you/we/they in the present, whose verb
        is already the base form (apakah kalian masih mau percaya? -> do you still want to believe?)."""
        first = 1 if self.out and self.out[0] == self.t[0].gloss and self.t[0].gloss else 0
        for k in range(first + 1, min(len(self.out), first + 5)):
            if self.out[k] in _AUXILIARIES:
                self.out.insert(first, self.out.pop(k))
                return
            if self.out[k] in {",", "if", "because", "that"}:
                break
        else:
            if first == 0 and self.t[0].low == "apakah" and self.tense != "past" and len(self.out) > 1 and (
                    self.out[0] in {"you", "we", "they"}):
                self.out.insert(0, "do")

    # -- small function words -------------------------------------------------------------------------------
    @cython.locals(t=list, i=cython.Py_ssize_t, tok=Tok, nxt=Tok, prev=Tok)
    def preposition(self, i: int) -> int:
        t = self.t
        tok = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        g = tok.gloss
        if tok.low in {"sama", "sama-sama"} and nxt is not None and nxt.pos == "adj" and nxt.low[-3:] == "nya":
            return self._equally(i)
        if tok.low in _MATCHING and self.has_subject and not self.has_verb and self._only_subject_before(i):
            return self.verb_group(i)             # harga sesuai dengan rasa -> the price matches the taste
        if tok.extra and (nxt is None or nxt.pos in {"punct", "conj", "prep", "adv"}):
            if self.has_subject and not self.has_verb and tok.extra[0][:4] == "the ":
                self.emit(english.be(self.tense, self.agr))     # harganya sama -> the price is the same
                self.has_verb = True
                if nxt is not None and nxt.gloss == "just":
                    self.emit("just", tok.extra[0])             # rasanya sama saja -> the taste is just the same
                    return i + 2
            self.emit(tok.extra[0])               # no object: sama (saja) -> the same; pergi bareng ke -> go together to
            return i + 1
        prev = t[i - 1] if i > 0 else None
        low = tok.low
        ppos = prev.pos if prev is not None else ""
        if low == "daripada" and (prev is None or prev.src in _OPENS_CLAUSE):
            return self._rather_than(i)
        if low == "selama" and nxt is not None and (nxt.pos == "num" and not _YEAR.match(nxt.src) or nxt.low in (
                _SPAN_COUNTS)):
            g = "for"                             # selama 5 tahun -> for 5 years (a length, not "during")
        elif low in {"pada", "di"} and nxt is not None and nxt.pos in {"adv", "num"} and (
                nxt.gloss[:5] == "last " or nxt.gloss[-4:] == " ago"):
            g = ""                                # pada tahun lalu -> last year; pada 3 tahun lalu -> 3 years ago
        if ppos == "v":
            if prev.gloss in _LIKE and low in {"sama", "ama", "dengan", "akan"} or prev.gloss in _VISIT and low == "ke":
                g = ""                            # suka sama sup -> like the soup; berkunjung ke Bali -> visit Bali
        elif ppos == "adj":
            if low in {"sama", "ama", "dengan"} and prev.gloss.rsplit(" ", 1)[-1] in _ADJ_PREPOSITION:
                g = _ADJ_PREPOSITION[prev.gloss.rsplit(" ", 1)[-1]]      # mirip dengan -> similar to
                if prev.low == "dekat" and self.out and self.out[-1][-4:] == "near":
                    self.out[-1], g = self.out[-1][:-4] + "close", "to"     # dekat dengan -> close to
            elif low in {"dari", "daripada", "ketimbang"} and (prev.gloss[:5] == "more " or prev.gloss[-2:] == "er"
                                                               and prev.graded or prev.gloss in {"better", "worse"}):
                g = "than"                        # lebih empuk dari yang lain -> more tender than the others
            elif low in {"dari", "daripada", "dengan", "sama"} and prev.gloss[:8] == "no less ":
                g = "than"                        # tak kalah nikmat dengan ... -> no less tasty than ...
            elif low in _AS_AS and prev.gloss[:8] == "just as ":
                g = "as"                          # sama enaknya dengan ... -> just as delicious as ...
        elif ppos == "phr":
            if prev.gloss == "thank you" and low in {"atas", "untuk", "buat"}:
                g = "for"                         # terima kasih atas jawabannya -> thank you for the answer
                if nxt is not None and nxt.pos == "v":
                    self.emit("for", english.ing(nxt.gloss))    # terima kasih untuk membantu -> for helping
                    self.has_subject = self.has_verb = True     # (kami after it is the object: helping us)
                    return i + 2
        elif ppos == "vpass":
            if low in {"sama", "ama"}:
                g = "by"                          # dimakan sama kelelawar -> eaten by a bat (but dengan after a
                #                                   passive is what comes with it: disajikan dengan telur -> served with)
        elif ppos in {"n", "plm", "det"} and low == "dari" and prev.low in _PART_OF:
            g = "of"                              # bagian dari rencana -> part of the plan (not "part from")
        elif ppos in {"n", "name"} and low in {"sama", "ama"} and nxt is not None and nxt.pos in {"n", "name"} and not (
                prev.poss and not nxt.poss):
            self.emit("and")                      # indomie sama roti bakar -> Indomie and toast
            self.agr = "3p" if self.has_subject and not self.has_verb else self.agr
            return i + 1
        if tok.low == "ke" and self.has_subject and not self.has_verb and prev is not None and prev.pos in (
                "pron", "name", "adv", "aux", "neg", "modal", "conj"):
            self.emit(*self._aux(Tok("ke", "v", "go"), False, False, False, False, "not", "", False))  # saya ke sini
            self.has_verb = True
        if g in _COMPARING and self.has_subject and not self.has_verb and prev is not None and (
                prev.poss or prev.pos == "dem") and self.np_at == len(self.out) - 1 and self._predicate_phrase(i + 1):
            self.emit(english.be(self.tense, self.agr))      # rasanya sama dengan ... -> the taste is the same as
            self.has_verb = True
            g = _COMPARING[g]
        elif low == "di" and self.has_subject and not self.has_verb and prev is not None and nxt is not None and (
                nxt.pos in {"n", "name", "abbr", "unk"}) and self.np_at >= len(self.out) - 2 and (
                prev.poss or prev.pos == "dem" or prev.pos == "adv" and prev.gloss in _BEFORE_PLACE and i > 1 and (
                    t[i - 2].poss or t[i - 2].pos == "dem")) and self._predicate_phrase(i + 1):
            at = len(self.out) - (1 if prev.pos == "adv" else 0)
            self.out.insert(at, english.be(self.tense, self.agr))   # lokasinya (juga) di X -> the location is (also) in X
            self.has_verb = True
        if low in {"untuk", "buat"} and nxt is not None and nxt.pos == "pron" and len(nxt.extra) >= 3 and (
                i + 2 < len(t) and (t[i + 2].pos == "v" or t[i + 2].pos == "n" and t[i + 2].verb)):
            verb = t[i + 2]                                         # untuk anda singgahi -> for you to stop by;
            self.emit("for", nxt.extra[1], "to", verb.gloss if verb.pos == "v" else verb.verb)   # untuk kita
            if verb.poss and verb.low[:2] == "me":                  # menunggu -> for us to wait
                self.emit({"my": "me", "your": "you"}.get(verb.poss, "it"))   # untuk dia mengakhirinya -> ... end it
            return i + 3
        if low in {"untuk", "buat"} and nxt is not None and nxt.low in {"terus", "trus"} and i + 2 < len(t) and (
                t[i + 2].pos == "v"):
            self.emit("to", "keep", english.ing(t[i + 2].gloss))   # berkomitmen untuk terus berinovasi -> to keep
            return i + 3                                            # innovating
        if tok.low == "untuk" and nxt and nxt.pos in {"v", "vpass", "modal"}:
            g = "to"
            if nxt.pos == "vpass" and nxt.extra and ppos == "adj" and prev.gloss.rsplit(" ", 1)[-1] in TOUGH:
                self.emit("to", nxt.extra[0])     # sulit untuk dipakai -> difficult to use
                return i + 2
            if nxt.pos == "vpass":
                self.emit("to", "be", nxt.gloss)
                return i + 2
            self.emit("to", nxt.gloss)
            return i + 2
        if nxt and nxt.pos == "v" and g in {"in order to", "so as to", "in an effort to"}:
            self.emit(g, nxt.gloss)               # dalam rangka membangun -> in order to build
            return i + 2
        if nxt and nxt.pos == "v" and tok.low != "untuk" and nxt.gloss[:6] != "there ":
            self.emit("by" if tok.low == "dengan" else g, english.ing(nxt.gloss))   # dengan menyusun -> by drafting
            return i + 2
        if tok.low == "dengan" and nxt and nxt.pos == "adj" and not (self.peek(i, 2) and self.peek(i, 2).pos == "n"):
            self.emit(english.adverb(nxt.gloss))
            return i + 2
        if tok.low in {"pada", "di"} and self._time_of_day(i + 1):
            self.emit(_PARTS_OF_DAY[nxt.gloss])   # di malam hari -> at night
            return i + 2
        if tok.low in {"pada", "di"} and nxt:
            if nxt.pos == "num" and _YEAR.match(nxt.src) or nxt.gloss in _IN_UNITS or nxt.gloss in (
                    "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"):
                g = "in"
        if g == "until" and any(w.low in _RANGE_STARTS for w in self.t[max(0, i - 8):i]):
            g = "to"                              # dari pagi sampai malam -> from morning to night
        elif g == "until" and nxt is not None and (nxt.pos == "prep" and nxt.low in {"ke", "di"} or nxt.low[:3] == "ke "):
            self.emit("all the way")              # meresap sampai ke tulang -> seeps all the way to the bone
            return i + 1
        elif g == "until" and nxt is not None and nxt.pos == "num":
            g = "up to"                           # cicilan hingga 12 bulan -> instalments up to 12 months
        if tok.low == "di" and nxt and nxt.pos == "pron":
            g = "at"
        elif g == "in" and nxt is not None and nxt.gloss in _SURFACES and (
                i + 2 >= len(self.t) or self.t[i + 2].pos != "n"):
            g = "on"                              # di jalan, di lantai 2, di meja -> on the road/floor/table
        elif low == "untuk" and not self.has_subject and nxt is not None and nxt.pos == "n" and i + 2 < len(t) and (
                (nxt.poss or t[i + 2].graded) and t[i + 2].pos == "adj" and (
                    i + 3 == len(t) or t[i + 3].pos in _AFTER_PREDICATE)
                or t[i + 2].pos == "adv" and i + 3 < len(t) and t[i + 3].pos == "adj" and (
                    i + 4 == len(t) or t[i + 4].pos in _AFTER_PREDICATE)) and (
                t[i + 2 + (t[i + 2].pos == "adv")].gloss.rsplit(" ", 1)[-1] not in {"perfect", "suitable", "right"}):
            return self.noun_phrase(i + 1)        # Untuk harganya murah -> The price is cheap (the topic is the subject)
        self.emit(g)
        saved = self.has_subject
        self.has_subject = True
        j = i + 1
        if nxt and nxt.pos in {"n", "det", "plm", "num", "pre"}:
            j = self.noun_phrase(j)
        elif nxt and nxt.pos in {"name", "abbr", "unk"}:
            j = self.name_phrase(j)
        elif nxt and nxt.pos == "pron":
            self.emit(nxt.extra[1] if len(nxt.extra) >= 2 else nxt.gloss)
            j += 1
        self.has_subject = saved
        if g == "in terms of" and not saved:
            j = self._aspect_predicate(j)
        return j

    def _equally(self, i: int) -> int:
        """sama + adjective-nya is an equative: rasanya sama enaknya dengan yang di desa -> the taste is as
        delicious as the one in the village; rasa tetap sama enaknya -> the taste is still just as delicious."""
        t = self.t
        if self.has_subject and not self.has_verb:
            if self.out and self.out[-1] in {"will", "can", "could", "would", "must", "should", "may", "might"}:
                self.emit("be")                   # akan sama bagusnya -> will be just as good
            else:
                at = len(self.out) - (1 if i > 0 and t[i - 1].pos == "adv" and self.out else 0)
                self.out.insert(at, english.be(self.tense, self.agr))
            self.has_verb = True
        adj = t[i + 1]
        after = t[i + 2] if i + 2 < len(t) else None
        if after is not None and after.low in {"dengan", "sama", "seperti", "kayak"}:
            self.emit("as", adj.gloss, "as")      # sama enaknya dengan ... -> as delicious as ...
            return i + 3
        self.emit("just as", adj.gloss)
        return i + 2

    def _aspect_predicate(self, j: int) -> int:
        """A clause that opens with the aspect it judges (dari segi rasa, ...) and goes on with only an adjective
        predicate has no subject of its own: English says "it" (Dari segi rasa lumayan enak -> In terms of taste,
        it's pretty good). Returns the position after a comma it wrote, else j."""
        t = self.t
        k = j + 1 if j < len(t) and t[j].src == "," else j
        a = k
        while a < len(t) and a - k < 2 and t[a].pos == "adv" and t[a].gloss in _BEFORE_PLACE:
            a += 1
        if a >= len(t) or t[a].pos != "adj" or a + 1 < len(t) and t[a + 1].pos not in _CLAUSE_BREAK:
            return j
        self.emit(",", "it", english.be(self.tense, "3s"))
        self.has_subject = self.has_verb = True
        return k

    def _rather_than(self, i: int) -> int:
        """daripada opening a clause is the alternative rejected, not a comparison: rather than (Daripada tersesat,
        ... -> Rather than being lost, ...; ..., daripada dijuluki ... -> ..., rather than being nicknamed ...)."""
        nxt = self.peek(i, 1)
        if nxt is not None and nxt.pos in {"vpass", "adj"}:
            self.emit("rather than", "being", nxt.gloss)
            return i + 2
        if nxt is not None and nxt.pos == "v" and nxt.gloss[:6] != "there ":
            self.emit("rather than", english.ing(nxt.gloss))
            return i + 2
        self.emit("rather than")
        return i + 1

    def _verb_at(self, j: int) -> bool:
        """Whether position j holds a verb, or a bare noun root standing for its verb (pesan -> order)."""
        return j < len(self.t) and (self.t[j].pos == "v" or self.t[j].pos == "n" and bool(self.t[j].verb))

    def _better_to(self, i: int) -> int:
        """mending/mendingan + a verb recommends the better course: without a subject "it's better to" (mending main
        poker -> it's better to play poker; masih mending makan di ITB -> it's still better to eat at ITB), after
        one "would rather" (saya mending makan di rumah -> I would rather eat at home)."""
        verb = self.t[i + 1]
        gloss = verb.gloss if verb.pos == "v" else verb.verb
        if self.has_subject and not self.has_verb and self.np_at == len(self.out) - 1 or self.t[i - 1].pos == "pron":
            self.emit("would rather", gloss)
        else:
            still = self.out and self.out[-1] == "still" and self.t[i - 1].pos == "adv"
            if still:
                self.out.pop()
            self.emit("it", english.be(self.tense, "3s"), "still" if still else "", "better to", gloss)
        self.has_subject = self.has_verb = True
        return i + 2

    def _none_is(self, i: int) -> None:
        """tidak ada yang + an adjective predicate: nothing has the property (Tidak ada yang enak -> There is nothing
        delicious); after a topic noun phrase with no verb yet, none of that thing has it (Manusia tidak ada yang
        sempurna -> No human is perfect)."""
        if self.has_subject and not self.has_verb and self.np_at == len(self.out) - 1 and 0 <= self.np_start and (
                self.out[self.np_start] == "the"):
            self.out[self.np_start] = "no"
            self.emit(english.be(self.tense, "3s"))
        else:
            self.emit("there", english.be(self.tense, "3s"), "nothing")
        self.has_subject = self.has_verb = True

    def _salutation(self, i: int) -> int:
        """The opening of a letter or complaint: Yang terhormat / Yth. + the addressee is "Dear" + the addressee,
        without an article (Yang terhormat bank BCA, ... -> Dear BCA bank, ...); with no addressee named, English
        writes "Dear Sir or Madam," (Yang terhormat tolong respon pesan saya -> Dear Sir or Madam, please ...)."""
        nxt = self.peek(i, 1)
        if nxt is not None and nxt.src == ".":
            i += 1                                # Yth. Bapak ... (the abbreviation's period)
            nxt = self.peek(i, 1)
        self.emit("dear")
        if nxt is None or nxt.pos not in {"n", "name", "abbr", "unk", "pron"}:
            self.emit("Sir or Madam")
            if nxt is not None and nxt.src != ",":
                self.emit(",")
        return i + 1

    def _time_of_day(self, j: int, clause: bool = False) -> bool:
        """Whether position j holds a bare part of the day or a time named by what is done then (malam, jam makan
        siang), with no modifier after it: after pada/di/saat/ketika, English says "at night", "at lunchtime".
        After saat/ketika (`clause`), only where the clause ends with it: saat malam tiba -> when (the) night falls."""
        t = self.t
        nxt = t[j] if j < len(t) else None
        if nxt is None or nxt.pos != "n" or nxt.gloss not in _PARTS_OF_DAY:
            return False
        if clause:
            return j + 1 >= len(t) or t[j + 1].pos in _CLAUSE_BREAK
        return j + 1 >= len(t) or t[j + 1].pos not in _AFTER_TIME or t[j + 1].graded

    def _amount_predicate(self, i: int) -> bool:
        """An amount of money or a number with its magnitude after a subject noun phrase, with no verb in the rest
        of the clause, is the predicate: Satu porsi Rp 55.000. -> One portion is Rp 55,000; tiket 35 ribu -> the
        ticket is 35 thousand; kerugian negara Rp 44,9 miliar -> the state loss is Rp 44.9 billion (but: dana Rp 5
        triliun itu digunakan ... -> the amount is part of the subject). (The -nya subject is the main loop's.)"""
        t = self.t
        h = i - 1
        if t[h].pos == "adv" and t[h].gloss in {"just", "only", "around"} and h > 0:
            h -= 1                                # seporsi (cuma) Rp 25.000 saja -> a portion is only Rp 25,000
        if t[h].pos != "n" or self.np_at != len(self.out) - (i - h):
            return False
        j = i
        while j + 2 < len(t) and t[j + 1].src in _RANGE_DASHES and t[j + 2].pos == "num":
            j += 2                                # a range: 20 - 100 ribu
        if t[i].src[0] in CURRENCY_START or t[j].src[-1] == "k":
            end = j + 1
        else:
            end = j + 2 if j + 1 < len(t) and t[j + 1].low in _MAGNITUDES else 0
        if not end or end < len(t) and t[end].pos in {"n", "adj", "name"}:
            return False                          # 100 juta lagu: a number of things, not an amount
        k = h
        while k > 0 and t[k - 1].pos in _NP_WORDS:
            k -= 1
        if k > 0 and t[k - 1].pos == "adv" and t[k - 1].gloss in {"just", "only"}:
            k -= 1                                # (saja fronted: Seporsi Rp 25.000 saja -> just a portion is ...)
        if k > 0 and t[k - 1].src not in _SENTENCE_MARKS and not (t[k - 1].pos == "conj" and t[k - 1].gloss not in (
                _LIST_CONJ)):
            return False                          # (a list item: ..., Kabupaten Garut Rp 1,67 juta, ...)
        return self._predicate_phrase(end)

    def _predicate_phrase(self, j: int) -> bool:
        """Whether the words from j to the end of the clause hold no verb or predicate of their own (so a
        prepositional phrase before them is the predicate)."""
        for t in self.t[j:]:
            if t.pos in _CLAUSE_END and t.pos != "rel" and t.pos != "prep":
                return True
            if t.pos in _PREDICATE_START and t.pos != "adj" or t.graded:
                return False
        return True

    @cython.locals(t=list, i=cython.Py_ssize_t, nxt=Tok, prev=Tok, after=Tok, before=Tok)
    def relative(self, i: int) -> int:
        """yang-clauses. A bare adjective clause moves in front of its noun (menu yang variatif -> varied menu)
        and a passive one shrinks to the participle (makanan yang disajikan -> food served); others get
        who/that and their own subject and verb."""
        t = self.t
        nxt = t[i + 1] if i + 1 < len(t) else None
        prev = t[i - 1] if i > 0 else None
        self.causee_at = -1                       # (membuat postingan yang isinya mengedukasi: the clause's own verb)
        if nxt is not None and prev is not None and prev.pos in {"n", "adj", "name"} and self.np_at == len(self.out) - 1:
            if nxt.pos == "adj" and nxt.gloss[:4] != "not ":     # (makanan yang kurang enak: that is not ...)
                adjs, j = [self.gloss(nxt)], i + 2      # yang enak dan murah -> good and cheap ...
                while j + 1 < len(self.t) and self.t[j].low in {"dan", "serta", "atau"} and self.t[j + 1].pos == "adj":
                    adjs.append(self.t[j].gloss + " " + self.gloss(self.t[j + 1]))
                    j += 2
                dem = j < len(self.t) and self.t[j].pos == "dem" and (
                    j + 1 >= len(self.t) or self.t[j + 1].pos in _CLAUSE_END or self.t[j + 1].pos in _PREDICATE_START)
                if dem or j >= len(self.t) or self.t[j].pos in _CLAUSE_END or self.t[j].pos in _PREDICATE_START or (
                        self.t[j].pos == "adv"):          # menu yang enak di sini -> the delicious menu here
                    adjs = " ".join(adjs)
                    if adjs[:6] == "a bit " or adjs[:9] == "a little ":
                        adjs = "slightly " + adjs.split(" ", 2)[2]     # yang agak jorok -> a slightly dirty ...
                    if "delicious" in adjs and self.out[-1].rsplit(" ", 1)[-1] in _NOT_EATEN:
                        adjs = adjs.replace("delicious", "nice")      # tempat yang enak -> a nice place
                    self.out[-1] = adjs + " " + self.out[-1]
                    if len(self.out) >= 2 and self.out[-2] in {"a", "an"}:
                        self.out[-2] = english.indefinite(adjs)
                    if dem:                       # ayam yang cukup terkenal itu -> that pretty famous chicken
                        d = "the" if self.t[j].low == "tersebut" else self.t[j].gloss
                        if self.np_plural:
                            d = {"this": "these", "that": "those"}.get(d, d)
                        if len(self.out) >= 2 and self.out[-2] in {"the", "a", "an"}:
                            self.out[-2] = d
                        elif not (len(self.out) >= 2 and self.out[-2] in {"my", "our", "your", "his", "her", "their",
                                                                            "its", "this", "that", "these", "those"}):
                            self.out.insert(len(self.out) - 1, d)
                        return j + 1
                    return j
            if nxt.pos == "vpass":
                self.emit(nxt.gloss)
                if i + 2 < len(t) and self._agent_follows(nxt, i + 2):
                    self.emit("by")               # program yang dilancarkan Pyongyang -> program launched by Pyongyang
                else:
                    self._agent(i + 2)            # yang dilakukan pemerintah -> done by the government
                return i + 2
        if nxt is not None and nxt.low in {"ada", "ada di"} and prev is not None and prev.pos in {"n", "name"} and (
                self.np_at == len(self.out) - 1):
            j = self._existing(i + 2, nxt.low == "ada di")
            if j > 0:
                return j
        if nxt is not None and nxt.pos == "prep" and nxt.low in {"di", "dekat", "dari"} and prev is not None and (
                prev.pos in {"n", "name", "unk"}) and self.np_at == len(self.out) - 1:
            return i + 1                          # tempat yang di pusat kota -> the place in the city center
        after = self.peek(i, 2)
        possessor = prev is not None and prev.pos == "pron" and i >= 2 and t[i - 2].pos == "n"   # pesanan saya yang
        if nxt is not None and nxt.pos == "n" and nxt.poss and prev is not None and (
                prev.pos in {"n", "name", "unk"} or possessor) and (
                after is not None and (after.pos == "adj" or after.pos in {"neg", "adv"} and self.peek(i, 3) is not None
                                       and self.peek(i, 3).pos == "adj")):
            self.emit("whose", nxt.gloss)         # batagor yang rasanya melegenda -> batagor whose taste is legendary
            saved = self.has_subject, self.has_verb, self.agr
            self.has_subject, self.has_verb, self.agr = True, False, "3p" if nxt.plural else "3s"
            j = self.verb_group(i + 2)
            self.has_subject, self.has_verb, self.agr = saved
            return j
        before = self.peek(i, -2)
        if prev is None or prev.src in {".", "!", "?", ";", ":"} or prev.src == "," and (
                before is None or before.pos not in {"n", "name", "pron", "abbr", "unk"}) or prev.pos == "conj" and (
                prev.gloss in {"and", "but", "because"} and (before is None or before.src in {".", "!", "?", ","}) and (
                    nxt is None or nxt.gloss not in {"other", "others"})):   # dan yang membuat saya heran -> and what
            self.emit("what")                     # headless: yang jelas -> what is clear
            if nxt is not None and nxt.gloss == "most" and nxt.pos == "adv" and i + 3 < len(t) and (
                    t[i + 2].pos == "pron" and (t[i + 3].pos == "v" or t[i + 3].verb)):
                j = self._relative_clause(i + 2)  # yang paling saya suka -> what I like most
                self.emit("most")
            else:
                j = self._relative_clause(i + 1)
            if nxt is not None and (nxt.pos in {"adj", "vpass", "pron"} or nxt.gloss == "most"):
                self._what_is(j)                  # (after an active verb a noun phrase is its object)
            return j
        if (prev.pos == "prep" or prev.pos == "v" and (prev.low[:2] == "me" or prev.low in _CHOOSING)) and (
                nxt is not None and nxt.pos == "adj" and (self.peek(i, 2) is None or self.peek(i, 2).pos in _CLAUSE_END)
                and nxt.gloss[:4] != "the "):
            # dari yang murah hingga yang mahal -> from the cheap ones; pesan yang pedas -> ordered the spicy one;
            # menjadi yang tercepat -> became the fastest (a superlative needs no "one")
            g = self.gloss(nxt)
            best = g[:5] == "most " or g[-3:] == "est" and nxt.low[:3] == "ter"
            self.emit("the", g, "" if best else "ones" if prev.pos == "prep" else "one")
            return i + 2
        if prev.pos == "prep" and nxt is not None and (nxt.pos == "prep" or nxt.gloss in {"here", "there"}):
            self.emit("the ones")                 # sama dengan yang di Jakarta -> the same as the ones in Jakarta
            return i + 1
        if prev.pos == "prep" and nxt is not None and nxt.pos == "pron" and nxt.extra:
            if self.out and self.out[-1] in {"like", "Like"}:
                self.out[-1] = "as" if self.out[-1] == "like" else "As"     # seperti yang kita tahu -> as we know
            else:
                self.emit("what")                 # dari yang saya dengar -> from what I heard
            return self._relative_clause(i + 1)
        if prev.pos == "prep":
            self.emit("those who")                # buat yang ingin ... -> for those who want ...
            self.np_plural = True
            return self._relative_clause(i + 1)
        who = prev is not None and (prev.pos == "pron" and (not possessor or t[i - 2].gloss.rsplit(" ", 1)[-1] in (
            _HUMAN_HEADS)) or prev.pos == "name" and self.out and self.out[-1][
            -len(prev.gloss):] == prev.gloss or prev.pos == "punct" and self.peek(i, -2) is not None and self.peek(
            i, -2).pos == "name" or prev.pos in {"n", "cls"} and self._human_head(i))
        # (not when the name went in front of a noun: the Balinese restaurant that)
        if nxt is not None and nxt.pos == "v" and not nxt.poss and nxt.gloss[:6] != "there " and self.tense != "past" and (
                " " not in nxt.gloss or nxt.gloss.split(" ", 1)[0] not in {"be", "is", "have"}) and not who and (
                nxt.gloss not in {"become", "make"}) and (
                (self.peek(i, 2) is None or self.peek(i, 2).pos not in {"v", "vpass"})):
            self.emit(english.ing(nxt.gloss))     # restoran yang menyajikan ... -> a restaurant serving ...
            return i + 2
        if who and self.out and self.out[-1] in {"them", "they"}:
            self.out[-1] = "those"                # mereka yang suka ... -> those who like ...
            self.np_plural = True
        self.emit("who" if who else "that")
        return self._relative_clause(i + 1)

    def _has_many(self, i: int) -> None:
        """banyak + noun as a predicate: after a subject it is possession (areanya banyak pilihan -> the area has
        lots of options; RCTI terlalu banyak iklan -> RCTI has too many ads), after a place that opens the clause it
        is existence (di sini banyak pilihan -> here there are lots of options)."""
        t = self.t
        if self.has_subject:
            j = i - 1
            while j >= 0 and t[j].pos == "adv":
                j -= 1                            # (indihome sekarang banyak gangguan)
            if j >= 0 and t[j].pos in {"n", "name", "abbr", "unk", "dem"} and self._only_subject_before(i) and not (
                    self._when_clause(j)):
                self.emit("had" if self.tense == "past" else "has" if self.agr == "3s" else "have")
                self.has_verb = True
            return
        j = i - 1
        while j >= 0 and self.t[j].pos in {"n", "name", "abbr", "unk", "dem", "adv"}:    # (tersedia: a predicate)
            j -= 1
        if j >= 0 and self.t[j].low == "di" and (j == 0 or self.t[j - 1].src in {".", "!", "?", ","}) or (
                j + 1 < i and self.t[j + 1].gloss in {"here", "there"} and (
                    j < 0 or self.t[j].src in {".", "!", "?", ","})):
            self.emit("there", english.be(self.tense, "3p"))     # di Jakarta banyak tempat -> in Jakarta there are
            self.has_subject = self.has_verb = True

    def _when_clause(self, j: int) -> bool:
        """Whether the words before j back to the clause start are a time clause's opening (saat roadshow ...)."""
        while j >= 0 and self.t[j].pos not in {"punct", "conj"}:
            j -= 1
        return j >= 0 and self.t[j].pos == "conj" and self.t[j].gloss in {"when", "while", "during", "since", "after",
                                                                           "before"}

    def _bare_subject(self, j: int) -> bool:
        """Whether the bare noun at j (after a comma) is the subject of a new clause: a graded or negated adjective
        follows it (..., suasana sangat menyenangkan -> ..., the atmosphere is very pleasant; ..., pelayanan tidak
        bagus -> ..., the service isn't good), or a plain one ending the clause when the clause before the comma
        also ended in an adjective (pelayanan tidak bagus, harga mahal -> ..., the price is expensive)."""
        t = self.t
        k = j + 1
        owned = False
        while k < len(t) and k < j + 3 and t[k].pos == "n":
            owned = owned or bool(t[k].poss)      # ..., menu masakannya beragam: a compound with -nya
            k += 1
        if k < len(t) and t[k].pos in {"neg", "adv"}:
            k += 1
            if k < len(t) and t[k].pos in {"neg", "adv"}:
                k += 1                            # ..., daya beli masyarakat masih relatif stabil
            return k < len(t) and t[k].pos == "adj"
        return k < len(t) and t[k].pos == "adj" and (t[k].graded or owned or t[j - 2].pos == "adj" and (
            k + 1 == len(t) or t[k + 1].pos in {"punct", "conj"}))   # ..., harga mahal after a clause ending in one

    def _what_is(self, j: int) -> None:
        """A headless yang-clause (what ...) followed by a noun phrase that ends the clause is the subject of an
        identifying sentence: English needs the copula (yang paling saya suka jamur panggangnya -> what I like
        most is the grilled mushroom; yang penting usaha -> what matters is the effort)."""
        if self.out and self.out[-1] in _COPULA_WORDS:
            return                                # (the relative clause already gave it: _relative_clause)
        t = self.t
        start = j
        while start < len(t) and t[start].pos == "adv" and t[start].gloss in {"just", "only", "also"}:
            start += 1                            # yang kita pesan hanya sate -> what we ordered is only satay
        if start >= len(t) or t[start].pos not in _NP_START:
            return
        for k in range(start, len(t)):
            tok = t[k]
            if tok.pos in _CLAUSE_END and tok.pos != "prep" or tok.low in {"sih", "kok", "deh", "dong"}:
                break
            if tok.pos not in _IDENTIFIED or tok.graded or tok.pos in {"adj", "num"} and t[k - 1].poss:
                return                            # (yang penting makanannya enak: a clause follows)
        self.emit(english.be(self.tense, "3s"))
        self.has_subject = self.has_verb = True
    def _existing(self, j: int, at: bool) -> int:
        """noun + yang ada (di): the things there are. Before a place it is just that place (cabang yang ada di
        Jakarta -> the branches in Jakarta; menu yang ada di sini -> the menu here); at the end of the noun phrase
        it is "existing" (masalah yang ada -> the existing problems)."""
        after = self.peek(j)
        if after is not None and after.pos == "adv" and after.gloss in {"here", "there"}:
            self.emit(after.gloss)
            return j + 1
        if at:
            if after is None or after.low not in _PLACE_NOUNS:
                self.emit("in")                   # (ada di as one word: be in; ada di atas -> on)
            return j
        if after is not None and after.pos == "prep" and after.low in {"di", "dalam", "pada"}:
            return j
        if (after is None or after.pos in _CLAUSE_END or after.pos in _PREDICATE_START or after.pos == "adv") and (
                "-" not in self.out[-1] and not (len(self.out) >= 2 and self.out[-2][-1:] == "-")):
            self.out[-1] = "existing " + self.out[-1]
            if len(self.out) >= 2 and self.out[-2] in {"a", "an"}:
                self.out[-2] = "an"
            return j
        return -1

    def _infinitive_goes_on(self, i: int) -> bool:
        """Whether dan/atau at i joins a second bare verb to a to-infinitive just written (untuk makan dan minum ->
        to eat and drink; malas pakai dan bayar -> lazy to use and pay): the second verb is bare too."""
        nxt = self.peek(i, 1)
        if nxt is None or nxt.pos != "v" or nxt.gloss[:6] == "there ":
            return False
        tail = self.out[-4:]
        if "to" not in tail:
            return False
        after = tail[tail.index("to"):]
        return len(after) > 1 and after[1][:1].islower() and after[1].split(" ", 1)[0] not in _NOT_VERBS and not any(
            w in {",", ".", "and", "or"} for w in after)      # (pergi ke pasar dan membeli: to is a preposition)

    def first_time(self, i: int) -> int:
        """pertama kali + a clause is the first time something happened: Pertama kali saya makan di resto ini, ...
        -> The first time I ate at this resto, ...; after ini/baru it is the predicate: Ini pertama kali saya ke
        sini -> This is the first time I came here. With no subject of its own the clause is the writer's
        (Pertama kali ke tempat ini -> The first time I went to this place)."""
        nxt = self.peek(i, 1)
        if self.out and self.out[-1].lower() in {"this", "that", "just"}:
            self.out[-1] = ("This" if self.out[-1][0].isupper() else "this") + " is"
            return self._first_time_predicate(i + 1)
        self.emit("the first time")
        self.clause_reset()
        if nxt.pos != "pron":
            subject, self.agr = self._subordinate_subject(i, i + 1, ("I", "1s"), True)
            self.emit(subject)
            self.has_subject = True
        return i + 1

    def _first_time_predicate(self, j: int) -> int:
        """ini pertama kali + clause as a predicate: English says whose first time it is and what was done in
        -ing (Ini pertama kali saya ke sini -> This is my first time here; Baru pertama kali saya makan di warung
        ini -> This is my first time eating at this stall)."""
        t = self.t
        owner = "my"
        if j < len(t) and t[j].pos == "pron" and t[j].extra:
            owner = t[j].extra[0]
            j += 1
        self.emit(owner, "first time")
        self.has_subject = self.has_verb = True
        nxt = self.peek(j)
        if nxt is not None and nxt.low in _DEICTIC_MOTION:
            self.emit(nxt.gloss)                 # ... ke sini -> my first time here
            return j + 1
        if nxt is not None and (nxt.pos == "v" or nxt.pos == "n" and nxt.verb):
            self.emit(english.ing(nxt.gloss if nxt.pos == "v" else nxt.verb))
            return j + 1
        if nxt is not None and nxt.low == "ke":
            self.emit("coming")                 # ... ke Bali -> my first time coming to Bali
        return j

    def _human_head(self, i: int) -> bool:
        """Whether the noun just emitted names people, whose relative clause English opens with who, not that or
        a participle: banyak orang yang tahu -> many people who know; pelanggan yang tidak senang -> customers
        who weren't happy."""
        if not self.out or self.np_at != len(self.out) - 1 and self.t[i - 1].pos != "cls":   # (banyak orang)
            return False
        head = self.out[-1].rsplit(" ", 1)[-1]
        return head in _HUMAN_HEADS or head[-1:] == "s" and head[:-1] in _HUMAN_HEADS

    def topicalised_object(self, i: int) -> int:
        """A subject with no verb, then markers, a pronoun and a bare verb: the noun phrase is the verb's object,
        fronted as the topic (object voice), and the pronoun the agent (moved first by _agent_first). English keeps
        the topic first: mi yang seharusnya nikmat tidak bisa saya rasakan -> the noodles that should be delicious,
        I couldn't taste."""
        pron = self.t[i]
        self.emit(",", pron.gloss)
        self.agr = pron.extra[2]
        verb = self.t[i + 1]
        k = i + 1
        while k < len(self.t) and self.t[k].pos in _MARKERS_BEFORE_AGENT:
            k += 1
        if self.t[k].pos == "n":
            verb = self.own(k)
            verb.pos, verb.gloss = "v", verb.verb
        self.gap = True                                 # (its object is the topic: no "it")
        j = self.verb_group(i + 1)
        self.gap = False
        return j

    def _agent_first(self, j: int) -> bool:
        """An object relative clause may put its markers before the agent: yang wajib saya kunjungi, yang bisa
        kami pilih, yang pernah saya makan, yang paling saya suka. English puts the agent first (that I must
        visit, that we can choose, that I have ever eaten, that I like the most): the pronoun moves to the front
        of the clause, and paling (most) after its verb. Returns whether the clause was reordered."""
        t = self.t
        k = j
        while k < len(t) and k < j + 3 and t[k].pos in _MARKERS_BEFORE_AGENT:
            k += 1
        pron, verb = self.peek(k), self.peek(k + 1)
        if pron is None or pron.pos != "pron" or len(pron.extra) < 3 or verb is None or not (
                verb.pos == "v" or verb.pos == "n" and verb.verb):
            return False
        markers = t[j:k]
        most = [m for m in markers if m.pos == "deg" or m.low == "paling"]
        if most and (len(most) > 1 or most[0].low != "paling"):
            return False
        after = []
        if most:
            after = [most[0].clone()]
            after[0].pos, after[0].gloss, after[0].extra = "part", "the most", ()
        t[j:k + 2] = [pron] + [m for m in markers if m.low != "paling"] + [verb] + after
        self._owned -= set(range(j, k + 2))             # (positions moved: own() copies afresh)
        return True

    def _agent(self, j: int) -> None:
        """A noun phrase right after the di- passive of a relative clause is its agent, which Indonesian names
        without oleh: yang dilakukan pemerintah -> done by the government; lagu yang diputar sopir -> songs played
        by the driver."""
        t = self.t
        if j < len(t) and t[j].pos in _AGENT_START and t[j - 1].pos == "vpass" and not t[j].poss and (
                t[j].gloss not in _TIME_AGENTS and t[j - 1].low not in _NAMING_PASSIVES) and (
                t[j - 1].gloss[-3:] not in {" by", "ith"}):      # (disebabkan: caused by; dilengkapi: equipped with)
            self.emit("by")

    def _relative_clause(self, j: int) -> int:
        """The clause after who/that/what. Its subject is the relativised noun, unless a pronoun stands before the
        verb (makanan yang kami pesan -> the food that we ordered): then the noun is the verb's object, and the
        main clause goes on afterwards with its own subject and agreement (... yang kami pesan enak -> ... is
        delicious; yang saya suka adalah ... -> what I like is ...)."""
        nxt, opening = self.peek(j), self.peek(j, -2)     # (opening: the word before yang)
        moved = nxt is not None and nxt.pos in _MARKERS_BEFORE_AGENT and self._agent_first(j)
        if moved:
            nxt = self.peek(j)
        saved_s, saved_v, saved_a = self.has_subject, self.has_verb, self.agr
        self.has_subject, self.has_verb = True, False
        self.agr = "3p" if self.np_plural else "3s"      # the relativised noun is the clause's subject
        if nxt and nxt.pos == "n" and nxt.verb and not nxt.poss and not nxt.cap and not (
                j + 1 < len(self.t) and self.t[j + 1].poss):     # (yang nilai intrinsiknya: a noun phrase)
            nxt = self.own(j)
            nxt.pos, nxt.gloss = "v", nxt.verb          # orang yang pesan sate -> people who order satay
        if nxt and nxt.pos in {"adj", "v", "vpass", "aux", "neg", "modal", "adv"}:
            j = self.verb_group(j)
            if saved_s or self.out[-2:-1] != ["what"]:
                self._agent(j)                    # semua yang dilakukan pemerintah -> all that is done by ...
        elif nxt and nxt.pos == "pron" and nxt.extra and j + 1 < len(self.t) and (
                self.t[j + 1].pos in {"v", "aux", "neg", "modal", "adj"} or self.t[j + 1].verb or moved):
            self.emit(nxt.gloss)
            self.agr = nxt.extra[2] if len(nxt.extra) >= 3 else "3s"
            if self.t[j + 1].pos == "n":
                verb = self.own(j + 1)
                verb.pos, verb.gloss = "v", verb.verb    # yang kami pesan -> that we ordered
            self.gap = True                             # (the object is the relativised noun: no "it")
            j = self.verb_group(j + 1)
            self.gap = False
            if saved_s:
                saved_v = False                         # the head noun's own predicate is still to come
            else:
                saved_s, saved_a = True, "3s"           # headless: what I like is ...
                if j < len(self.t) and self.t[j].pos == "part" and self.t[j].gloss == "the most":
                    self.emit("the most")               # (yang paling saya suka: moved after the verb)
                    j += 1
                k = j + 1 if j < len(self.t) and self.t[j].gloss in {"only", "just"} else j   # (hanya sate)
                if k < len(self.t) and self.t[k].pos in {"n", "name", "det", "num", "plm"} and (
                        opening is None or opening.pos in {"punct", "conj"}):
                    self.emit(english.be(self.tense, "3s"))   # yang saya suka pelayanannya -> what I like is the
                    saved_v = True                            # service (not dari yang saya dengar ...)
        elif nxt and nxt.pos == "n" and nxt.poss and saved_s:
            saved_v, saved_a = False, "3p" if nxt.plural else "3s"     # postingan yang kontennya mengedukasi ...:
            # the clause has a subject of its own, whose verb agrees with it (the content educates)
        self.has_subject, self.has_verb, self.agr = saved_s, saved_v, saved_a
        return j
