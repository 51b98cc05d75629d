"""Clause-level checks the main loop asks before it picks a reading: does a clause start here, is this bare
verb a subject (a gerund) or an imperative, does a subjectless modal address the reader, is a clause-initial
ini/itu the subject of an identifying sentence, is this the slot where a verb goes, does ke sini stand for a
verb of motion, who is the subject of a subjectless clause of time, does a comma or jadi/terus start a new clause,
is the noun after a passive its agent. Each looks only at the analysed tokens around position i and the clause
state (has_subject, has_verb); _subordinate_subject also notes a pronoun it takes from the main clause
(main_subject_at). A base class of `grammar.Sentence` (after nouns.NounPhrases, which holds the state).
"""

from __future__ import annotations

from .analyse import Tok
from .nouns import _CALENDAR, _CLAUSE_OPENERS, NounPhrases

# What a clause may hold before its predicate when it has only a subject: noun phrase words, adverbs, negation.
_SUBJECT_WORDS = {"n", "adj", "dem", "pron", "name", "abbr", "unk", "num", "det", "plm", "adv", "neg", "part", "aux"}

# ke sini / ke sana: a place word that, with no verb in its clause, stands for coming or going there.
_DEICTIC_MOTION = frozenset({"ke sini", "ke sana", "ke situ", "kesini", "kesana", "kesitu"})
# Clause words of time or condition after which a subjectless ke sini is its own clause (tiap kali ke sini ...).
_TIME_OR_CONDITION = frozenset({"if", "when", "every time", "whenever"})
# What may follow a jadi that opens a clause of result (..., jadi tidak bisa tidur -> ..., so I can't sleep).
_AFTER_RESULT_SO = frozenset({"adj", "neg", "modal", "deg", "pron", "prep"})
_MAKE_VERBS = frozenset({"membuat", "bikin", "buat", "menjadikan", "menyebabkan", "bikinin"})   # membuat X jadi Y
_FIRST_TIME = frozenset({"pertama kali", "pertama kalinya", "kali pertama"})   # + a clause: the first time ...
_LIST_WORDS = frozenset({"dan", "serta", "atau", "&"})
# Words of needlessness and preference that take a bare verb: English puts "to" before it.
_PREFERENCE = frozenset({"lebih baik", "mending", "mendingan"})
_NO_NEED_BETTER = frozenset({"tidak perlu", "tidak usah", "nggak usah", "gak usah", "ga usah", "enggak usah",
                             "tak perlu", "tak usah"}) | _PREFERENCE
# Nouns for people and institutions that, right after a di- passive, are its agent (dihubungi wartawan).
_AGENT_NOUNS = frozenset({"people", "person", "police", "government", "journalist", "journalists", "resident",
                          "residents", "public", "visitor", "visitors", "customer", "customers", "consumer",
                          "consumers", "president", "minister", "governor", "mayor", "regent", "court", "judge",
                          "team", "coach", "player", "players", "officer", "officers", "company", "party", "staff",
                          "waiter", "waitress", "seller", "buyer", "user", "users", "fan", "fans", "child",
                          "children", "family", "friend", "friends", "mother", "father", "parents", "teacher",
                          "student", "students", "doctor", "driver", "owner", "management", "committee", "ministry",
                          "agency", "authorities", "soldier", "soldiers", "military", "army", "media", "everyone"})
# Passives whose next noun phrase is a name or role, not an agent (dijuluki The Doctor, disebut X).
_NAMING = frozenset({"called", "named", "nicknamed", "dubbed", "titled", "considered", "regarded", "made",
                     "appointed", "elected", "chosen", "crowned", "declared", "labelled", "labeled", "made into"})
_PAST_TIME_ADVERBS = frozenset({"at that time", "yesterday", "earlier", "last night", "just now", "previously",
                                "at first"})
_SPEAKER_CHANGE = frozenset({".", "!", "?", '"', "'"})   # before them, an I/we may be someone else's
# What may stand between a subject and its ke sini (saya juga ke sini -> I also came here).
_BEFORE_MOTION = frozenset({"pron", "name", "adv", "aux", "neg", "modal", "conj"})


class ClauseChecks(NounPhrases):
    __slots__ = ()       # the state lives in NounPhrases' slots

    def _gerund_subject(self, i: int) -> bool:
        """A bare verb opening a clause, followed (past a place or time phrase) by an adjective with no other
        verb or subject in between, is the subject: makan di sini cukup nikmat -> eating here is pretty enjoyable.
        An imperative (coba ikan bakar) has an object instead."""
        prev = self.peek(i, -1)
        if self.has_subject or prev is not None and prev.src not in {".", "!", "?"} or self.t[i].gloss[:6] == "there ":
            return False                          # (ada/terdapat is "there is", never a gerund)
        for t in self.t[i + 1:i + 6]:
            if t.pos == "adj":
                return True
            if t.pos not in {"prep", "adv", "n", "name", "dem"} or t.poss:
                return False
        return False

    def _generic_you(self, i: int) -> bool:
        """A modal opening a clause with no subject (bisa/harus/perlu + verb) addresses the reader in reviews and
        advice: English needs a subject, and the generic one is "you"."""
        prev, nxt = self.peek(i, -1), self.peek(i, 1)
        return (not self.has_subject or self.has_verb and self.tense != "past" and prev is not None and (
            prev.src == ",")) and (
            prev is None or prev.src in {".", "!", "?", ","} or prev.pos == "conj" or (
                prev.extra and prev.pos in {"adv", "v"} and self.out and self.out[-1] == prev.extra[0])) and (
            nxt is not None and (nxt.pos in {"v", "adv"} or nxt.verb) and self.t[i].gloss in {
                "can", "have to", "must", "need to"})     # (after a clause word too: jadi bisa ... -> so you can)

    def _identifies(self, i: int) -> bool:
        """A clause-initial ini/itu before a noun phrase, with no verb of its own in the clause, is the subject of
        an identifying sentence (Ini tempat favorit saya -> This is my favourite place): a noun it modified would
        stand before it (tempat ini)."""
        prev, nxt = self.peek(i, -1), self.peek(i, 1)
        if prev is not None and prev.src not in {".", "!", "?", ",", ";"} or nxt is None or nxt.pos not in (
                "n", "det", "plm", "num", "pre", "adj"):
            return False
        after = self.t[i + 1:]
        for k, t in enumerate(after):
            if t.pos == "punct" or t.pos == "conj":
                return True
            if t.pos == "rel" and k + 1 < len(after) and (after[k + 1].pos == "adj" or after[k + 1].poss and (
                    after[k + 1].pos == "n" and k + 2 < len(after) and after[k + 2].pos in {"adj", "deg", "adv"})):
                continue                          # Ini tempat yang enak -> This is a nice place; ... yang rasanya enak
            if t.pos == "v" and k > 0 and after[k - 1].low in {"untuk", "buat"}:
                continue                          # Ini tempat untuk nongkrong -> This is a place to hang out
            if t.pos in {"v", "vpass", "aux", "modal", "cop", "neg", "rel"} or t.pos == "pron" and not t.extra:
                return False
        return True

    def _starts_clause(self, i: int) -> bool:
        """After a comma a word with a clause-initial sense opens a new clause when a subject, verb or another
        clause word follows it (..., jadi kalau makan di sini ... -> ..., so if you eat here ...), even though
        the clause before the comma had its own subject; otherwise it is the ordinary word (..., jadi mahal)."""
        if not self.has_subject:
            return True
        nxt = self.peek(i, 1)
        return nxt is not None and nxt.pos in {"pron", "conj", "n", "name", "dem", "det", "q"}

    def _verb_slot(self, i: int) -> bool:
        """Whether position i is where a verb goes: right after a pronoun subject or a modal/aux/negation. (At
        the start of a clause a noun compound, rasa makanan, is far likelier than an imperative.)"""
        prev = self.peek(i, -1)
        if prev is not None and prev.pos == "adv" and i >= 2:
            prev = self.peek(i, -2)               # kami juga pesan ... -> we also ordered
        if prev is None:
            return False
        return prev.pos in {"pron", "modal", "aux", "neg"} and not (prev.pos == "pron" and self.has_verb)

    def _only_subject_before(self, i: int) -> bool:
        """Whether the clause before position i holds only a subject noun phrase (and adverbs, negation), no verb
        or preposition, so that the word at i is the clause's predicate (harga makanannya tidak sesuai dengan ...:
        yes; kami fokus pada pelaksanaan tugas sesuai dengan ...: no). Scans back only to the clause start."""
        j = i - 1
        while j >= 0 and self.t[j].pos in _SUBJECT_WORDS:
            j -= 1
        return j < i - 1 and (j < 0 or self.t[j].src in _CLAUSE_OPENERS or self.t[j].pos == "conj")
    def _motion_clause(self, i: int) -> bool:
        """Whether ke sini/ke sana at i is a clause of motion: after a subject with no verb yet (saya ke sini ...
        -> I came here ...), or with no subject right after a clause word of time or condition (kalau ke sini ->
        if you come here; pas ke sana -> when I went there)."""
        prev = self.peek(i, -1)
        if self.has_subject:                # (not after an object: bawa sepatu ke sini; nor makin ke sini: lately)
            return prev is not None and prev.pos in _BEFORE_MOTION and prev.low not in {"makin", "semakin", "kian"}
        return prev is not None and (prev.pos == "conj" and prev.gloss in _TIME_OR_CONDITION or prev.extra and (
            prev.extra[0] == "when" and self.out and self.out[-1] in {"when", "When"}) or self._past_time_opening(i))

    def _past_time_opening(self, i: int) -> bool:
        """Whether only a time adverb of the past opens the sentence before position i (Waktu itu ke sini ...,
        Kemarin ke sana ...): a narrative whose dropped subject is the writer."""
        prev, before = self.peek(i, -1), self.peek(i, -2)
        return prev is not None and prev.pos == "adv" and prev.gloss in _PAST_TIME_ADVERBS and (
            before is None or before.src in {".", "!", "?"})

    def _subordinate_subject(self, i: int, after: int, default: tuple[str, str], motion: bool) -> tuple[str, str]:
        """The subject (word, agreement) of a subjectless clause of time or condition opened at i: the pronoun
        that follows its ke sini (setiap kali ke sini saya ... -> every time I come here, I ...) or, I/we, its
        verb at after (pas datang saya ... -> when I came, I ...), else the writer when the sentence before
        speaks of I/we (kami menginap di sana saat berkunjung ke Bali -> when we visited Bali), else the default
        (the reader: kalau mau beli obat -> if you want to buy medicine)."""
        t = self.t
        while motion and after < len(t) and after < i + 4 and t[after].pos == "adv":
            after += 1
        if after < len(t) and t[after].pos == "pron" and len(t[after].extra) >= 3 and (
                motion or t[after].gloss in {"I", "we"}):
            self.main_subject_at = after            # (it is the main clause's subject, not the verb's object)
            return t[after].gloss, t[after].extra[2]
        k = i - 1
        condition = default[0] == "you"             # (..., jadi kalau makan di sini -> if you eat here: advice)
        while k >= 0 and k > i - 15 and t[k].src not in _SPEAKER_CHANGE and t[k].pos != "vrep" and not (
                condition and t[k].src == ","):
            tok = t[k]
            if tok.pos == "pron" and tok.gloss not in {"I", "we"}:
                break                               # (someone else was spoken of last)
            if tok.pos == "pron" and tok.gloss in {"I", "we"} and len(tok.extra) >= 3:
                if tok.gloss == "I" and k + 2 < i and t[k + 1].low in {"dan", "sama", "bersama"} and (
                        t[k + 2].pos == "n"):
                    return "we", "1p"               # aku dan suami ... saat berkunjung -> when we visited
                return tok.gloss, tok.extra[2]
            k -= 1
        return default

    def _result_clause(self, i: int) -> bool:
        """Whether jadi at i, after a clause that already has its verb, opens a clause of result (so) rather than
        being a verb (become): acnya mati jadi gerah -> the AC was off, so it was stuffy. Not right after a verb,
        whose complement it is (dipilih jadi wakil -> chosen to become), nor after a causative (membuat suasana
        jadi nikmat -> makes the atmosphere enjoyable)."""
        prev, nxt = self.peek(i, -1), self.peek(i, 1)
        if prev is None or nxt is None or prev.pos in {"v", "vpass"} or nxt.pos not in _AFTER_RESULT_SO:
            return False
        k = i - 1
        while k >= 0 and k > i - 8 and self.t[k].src not in {",", ".", "!", "?"}:
            if self.t[k].low in _MAKE_VERBS:
                return False
            k -= 1
        return True

    def _first_time_clause(self, i: int) -> bool:
        """Whether pertama kali at i opens a clause (the first time I ...): at the start of a sentence or after a
        sentence-initial ini/itu/baru, before a pronoun, a verb or going somewhere."""
        prev, nxt = self.peek(i, -1), self.peek(i, 1)
        if prev is not None and prev.src not in {".", "!", "?", ","}:
            before = self.peek(i, -2)
            if prev.low not in {"ini", "itu", "baru"} or before is not None and before.src not in {".", "!", "?"}:
                return False
        return nxt is not None and (nxt.pos in {"pron", "v"} or nxt.verb != "" or nxt.low == "ke" or (
            nxt.low in _DEICTIC_MOTION))

    def _new_subject(self, j: int) -> bool:
        """Whether the bare noun at j, after a comma that ends a finished clause, is the subject of a new one: a
        verb or passive follows its noun phrase (saya suka bandreknya, jagung yang manis disajikan hangat -> ...,
        the sweet corn is served warm), or, after an adjective predicate, an adjective ends it (tempatnya bagus,
        harga murah -> ..., the price is cheap); not the next item of a list (pesan nasi, ikan pedas dan teh)."""
        if self.t[j].pos == "name" and j + 1 < len(self.t) and self.t[j + 1].pos in {"adj", "n", "name", "unk"}:
            return False                            # (Spark Premium bisa ...: the words after a name are its own)
        seen_adj = False
        statements = self.t[j - 2].pos == "adj"      # (tempatnya bagus, harga murah: not a list of noun phrases)
        for k, t in enumerate(self.t[j + 1:j + 7], j + 1):
            if t.pos in {"v", "vpass", "aux", "neg", "modal"}:
                return True
            if seen_adj and (t.pos == "punct" or t.pos == "conj" and (
                    t.low not in _LIST_WORDS or self._statement_follows(k + 1))):
                return True
            if t.pos == "pron" and k == j + 1 and t.extra:
                continue                            # teman saya pesan teh: a possessor
            if t.pos == "n" and t.verb and self.t[k - 1].pos in {"pron", "adv"} or t.pos == "adv" and not seen_adj and (
                    k + 1 < len(self.t) and self.t[k + 1].pos in {"v", "vpass", "aux", "neg", "modal"}):
                return True                         # ..., teman saya pesan teh; ..., Budi juga suka
            if t.pos not in {"n", "adj", "rel", "dem", "deg", "name"} or seen_adj and t.pos in {"n", "name"}:
                return False
            seen_adj = statements and t.pos == "adj"
        return seen_adj

    def _statement_follows(self, j: int) -> bool:
        """Whether a noun and then an adjective follow at j: makanan enak dan harga murah is two statements, but
        ayam goreng pedas dan es teh a list."""
        t = self.t
        return j + 1 < len(t) and t[j].pos == "n" and (
            t[j + 1].pos == "adj" or t[j + 1].pos == "n" and j + 2 < len(t) and t[j + 2].pos == "adj")

    def _bare_purpose(self, i: int) -> bool:
        """Whether agar/supaya/biar at i opens a purpose clause with no subject: a bare verb, or tidak + verb,
        follows (biar tahu -> to know; biar tidak menunggu -> so as not to wait)."""
        nxt = self.peek(i, 1)
        if nxt is not None and nxt.pos == "neg":
            nxt = self.peek(i, 2)
        return nxt is not None and nxt.pos == "v" and nxt.gloss[:6] != "there "

    def _bare_verb_after(self, i: int) -> bool:
        """Whether a bare verb (or a bare root before its object, or going somewhere) follows position i."""
        nxt, after, prev = self.peek(i, 1), self.peek(i, 2), self.peek(i, -1)
        if prev is not None and prev.pos in {"v", "vpass"} and self.t[i].low in _PREFERENCE:
            return False                    # (memotong rambut lebih baik jadi ...: better, of the verb before)
        return nxt is not None and (nxt.pos == "v" and nxt.gloss[:6] != "there " or nxt.low in _DEICTIC_MOTION or (
            nxt.pos == "n" and nxt.verb and after is not None and after.pos in {"n", "rel", "dem", "det", "num"}))

    def _then_follows(self, i: int) -> bool:
        """Whether terus at i, after a finished predicate, links the next one (then) rather than saying how long
        it lasted: a verb, a passive or a new subject follows (digoreng terus dilumuri -> fried then smeared;
        enak terus pelayanannya mantap -> ..., then the service is great; not gagal terus dan ...)."""
        nxt, prev = self.peek(i, 1), self.peek(i, -1)
        if nxt is None or prev is None:
            return False
        # (an active verb after a verb goes on: berusaha terus menekan -> tried to keep pressing)
        return nxt.pos == "pron" or nxt.pos == "n" and nxt.poss or prev.pos == "adj" and nxt.pos in {"v", "vpass"} or (
            prev.pos == "vpass" and nxt.pos == "vpass")

    def _agent_follows(self, passive: Tok, i: int) -> bool:
        """Whether the words at i, right after a di- passive, are its agent, which English gives "by": a name
        (dilancarkan Pyongyang -> launched by Pyongyang), a noun for people or an institution (dihubungi wartawan
        -> contacted by journalists; disukai banyak orang -> liked by many people); not a day or month
        (diumumkan Selasa), nor the name a naming verb gives (dijuluki The Doctor)."""
        if passive.gloss.rsplit(" ", 1)[-1] in _NAMING or passive.gloss[-3:] in {" by", "ing"}:
            return False                            # (buatan: made by; dibintangi: starring)
        nxt = self.t[i]
        if nxt.pos == "plm" and i + 1 < len(self.t):
            nxt = self.t[i + 1]                     # banyak orang
        if nxt.pos in {"name", "abbr"}:
            return nxt.gloss not in _CALENDAR and nxt.gloss.split(" ", 1)[0] not in _CALENDAR
        return nxt.pos in {"n", "cls"} and not nxt.poss and nxt.gloss.rsplit(" ", 1)[-1] in _AGENT_NOUNS
