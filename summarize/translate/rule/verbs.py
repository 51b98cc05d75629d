"""Verb groups: the markers before an Indonesian verb (akan, telah/sudah, sedang, tidak, modals) become English
auxiliaries, and the verb is inflected for tense and agreement; di- passives get a form of "be" (and "by" before
their agent, "to" before a bare verb after them); adjective predicates get a copula. Also the verbless clauses
English needs a verb for: ke sini as coming here, purpose clauses (biar tahu -> to know), tidak perlu / lebih
baik + verb, terus + verb (keep doing), and the bare verb after a causative (made me forget). A base class of
`grammar.Sentence` (after clauses.ClauseChecks).
"""

from __future__ import annotations

from . import english
from .analyse import Tok
from .clauses import _DEICTIC_MOTION, ClauseChecks
from .nouns import _FEELINGS, _MATCHING, NOT_EATEN, TOUGH
try:
    import cython               # the compiled build: the types below are declarations for the compiler
except ImportError:
    from ... import _cython as cython     # plain Python: the same decorators, doing nothing

_NEEDS_OBJECT = {"like", "love", "try", "recommend", "enjoy", "hate", "buy", "order"}   # English needs "it"
_MODAL_ADVERBS = {"should", "must", "might"}
_PAST_MODALS = {"can": "could", "cannot": "could not", "may": "might"}
# Verbs whose English complement is a gerund, not "to" + verb (with the word that introduces it).
_GERUND_AFTER = {"succeed": "in", "finish": "", "enjoy": "", "stop": "", "keep": "", "avoid": "", "mind": "",
                 "consider": "", "be busy": "", "regret": "", "miss": "", "suggest": "", "recommend": "",
                 "quit": "", "practise": "", "practice": "", "imagine": "", "risk": "", "admit": "", "deny": "",
                 "postpone": "", "delay": "", "recall": "", "resist": "", "appreciate": ""}
_WEARY = {"bored", "tired", "sick", "fed up"}
_PLACE_ADVERBS = {"here"}       # after the subject noun it belongs to it, before the copula (not "there": there is)
_NOT_EATEN = NOT_EATEN          # enak said of something not eaten is "nice", not "delicious"
_CLITIC_OBJECT = {"my": "me", "your": "you"}     # the object a clitic on a verb names
# Conjunctions whose clause needs its own subject (karena sudah dingin -> because it is already cold).
_SUBORDINATORS = {"because", "if", "when", "although", "even though", "but"}
_CAUSATIVE = {"bikin", "membuat"}
_AFTER_STATE = {"punct", "conj", "adv", "part", "prep"}      # what may follow a causative's adjective
# States a thing can be brought into (bikin perut kenyang, membuat kulit kering); other adjectives after
# membuat + noun describe what is made (membuat kajian akademis -> made an academic study).
_STATES = {"full", "narrow", "black", "dry", "wet", "hot", "cold", "dirty", "clean", "aware", "sick", "warm", "cool",
           "fat", "thin", "late", "crowded", "jammed", "messy", "damaged", "broken", "difficult", "easy", "fresh",
           "soft", "hard", "bloated", "healthy", "fit", "sore", "itchy", "red", "white", "smooth", "dull", "weak",
           "strong", "busy", "quiet", "noisy", "comfortable", "uncomfortable", "sticky", "stiff", "numb", "dizzy",
           "empty", "wrinkled", "spicy", "salty", "sweet", "bitter", "sour", "bland", "greasy", "oily", "hungry",
           "thirsty", "sleepy", "calm", "stressed", "confused", "worried", "curious", "addicted", "hooked"}
_SPOKEN_PROGRESSIVE = {"lagi", "lg"}      # aku lagi makan -> I am eating (elsewhere lagi = again)
_WRITERS_FEELINGS = {"regret", "hate", "miss", "hope"}
_OPENING_LINKS = {"tapi", "tetapi", "namun", "jadi", "dan", "terus", "lalu"}   # may open the writer's sentence   # Menyesal ke toko itu. -> I regret going to that store.
_CAUSATIVE_VERBS = {"make", "let"}        # + object + bare verb or adjective
_CONTINUING = {"terus", "trus", "terus-menerus", "terus menerus"}      # + verb: keep + -ing
_PASSIVE_MANNER = {"use": "using", "become": "into", "start": "starting", "begin": "starting"}   # after a passive
_CHANGED = {"divided", "changed", "turned", "converted", "split", "made", "transformed", "processed", "grouped",
            "cut", "developed", "renovated", "modified"}        # ... menjadi X -> ... into X
_PASSIVE_GERUND = {"involved": "in", "accused": "of", "caught": "", "charged": "with", "busy": ""}   # + -ing
# Verbs that keep a following verb as their complement even inside an object relative clause (yang kami coba
# makan -> that we tried to eat); after other verbs there the next verb is the main predicate.
_CATENATIVE = {"try", "start", "begin", "continue", "forget", "remember", "expect", "hope", "plan", "want", "like",
               "love"}


class VerbGroups(ClauseChecks):
    __slots__ = ()       # the state lives in NounPhrases' slots

    @cython.locals(t=list, i=cython.Py_ssize_t, n=cython.Py_ssize_t, start=cython.Py_ssize_t, tok=Tok, adj=Tok,
                   nxt=Tok, main=Tok)
    def verb_group(self, i: int) -> int:
        """Markers (akan, sudah, sedang/lagi, tidak, modals, adverbs) up to the main word, then the English verb
        phrase for it: a verb, a di- passive, an adjective or noun predicate (copula), a modal used as a main
        verb (dapat uang), or motion without a verb (mau ke sana -> want to go there)."""
        t = self.t
        n = len(t)
        will = perf = prog = neg = ever = keep = False
        modal = outer_modal = ""
        modal_tok: Tok | None = None
        advs: list[str] = []
        neg_word = "not"
        start = i
        if t[i].pos == "adv" and t[i].gloss in _PLACE_ADVERBS and self.np_at == len(self.out) - 1 and (
                self.has_subject and not self.has_verb):
            self.emit(t[i].gloss)                   # makanan di sini enak -> the food here is delicious
            i += 1
        while i < n and (t[i].pos in {"aux", "neg", "modal"} or t[i].pos == "adv" and i + 1 < n and t[i + 1].pos in (
                "aux", "neg", "modal", "v", "vpass", "adj", "adv") and not (i > start and t[i].low in _DEICTIC_MOTION)):
            # (mau ke sini harus ...: ke sini after a marker is where the motion goes, see below)
            tok = t[i]
            if tok.pos == "aux":
                if tok.low == "akan":
                    will = True
                elif tok.low in {"telah", "sudah", "udah", "dah", "sdh", "udh"}:
                    perf = True
                elif tok.low in {"sedang", "tengah"}:
                    prog = True
                elif tok.low == "pernah":
                    ever = True
            elif tok.pos == "neg":
                neg = True
                neg_word = tok.gloss
            elif tok.low in _SPOKEN_PROGRESSIVE and t[i + 1].pos in {"v", "adj"}:
                prog = True
            elif tok.low in _SPOKEN_PROGRESSIVE and t[i + 1].pos == "modal":
                pass                                # lagi ingin pizza -> want pizza (now), not "again want"
            elif tok.pos == "modal" or tok.gloss in _MODAL_ADVERBS:      # seharusnya = should
                outer_modal, modal, modal_tok = modal, tok.gloss, tok
            elif tok.low == "sama-sama" and t[i + 1].pos == "adj":
                advs.append("equally")              # keduanya sama-sama enak -> both are equally delicious
            elif tok.low in _CONTINUING and t[i + 1].pos in {"v", "vpass"} and t[i + 1].gloss[:6] != "there " and (
                    t[i + 1].gloss.split(" ", 1)[0] not in {"is", "are", "be"}):
                keep = True                         # terus menguntit -> keeps trailing
            elif tok.gloss:
                advs.append(tok.gloss)
            i += 1
        main = t[i] if i < n else None
        if i == self.experiential_at and not (will or perf or prog or neg or modal or ever):
            perf = True                             # saya beberapa kali makan di sini -> I've eaten here several times
        if modal_tok is not None and modal_tok.extra and (main is None or main.pos in (
                "n", "name", "abbr", "unk", "num", "plm", "det", "pron", "punct") and not main.verb):
            main, modal = Tok(modal_tok.src, "v", modal_tok.extra[0]), outer_modal   # as main verb: dapat uang
            i -= 1
        if main is not None and main.low in _MATCHING and self.has_subject and self._only_subject_before(start):
            neg, main = neg or _MATCHING[main.low], self.own(i)
            main.pos, main.gloss = "v", "match"   # rasanya tidak sesuai dengan harga -> the taste doesn't match ...
            if perf and not (will or modal or neg):
                perf, advs = False, advs + ["already"]      # sudah sesuai -> already matches (a state)
        if main is not None and main.low == "kalah" and neg and i + 1 < n and t[i + 1].pos == "adj":
            adj = t[i + 1]                        # tidak kalah enak -> no less delicious (a comparison)
            main, neg, i = Tok(adj.src, "adj", "no less " + adj.gloss, low=adj.low), False, i + 1
        # (slices, not startswith/endswith, on the per-verb path: those parse their arguments as a tuple)
        motion = main is not None and (main.low == "ke" or main.low[:3] == "ke ")
        if motion and (will or perf or prog or neg or modal or ever):
            go = "be" if perf or ever else "come" if main.gloss == "here" else "go"
            main, i = Tok("ke", "v", go), i - 1     # mau ke sana -> want to go there; mau ke sini -> want to come
            # here; sudah ke Bali -> has been to Bali; ke stays as "to"
        if main is not None and main.pos == "n" and main.verb and (will or perf or prog or neg or modal or ever):
            main = self.own(i)
            main.pos, main.gloss = "v", main.verb         # mau daftar -> want to register
        kind = main.pos if main else ""
        self.verb_at = i
        reviewer = kind == "v" and (perf or ever or main.gloss in _WRITERS_FEELINGS and not neg) and not (
            will or modal) and modal_tok is None and neg_word != "do not" and self._reviewer_subject(start, main)
        # (jangan pernah: an imperative)
        if kind not in {"v", "vpass", "adj", "cop", "n"}:
            aux_words = self._aux(None, will, perf, prog, neg, neg_word, modal, ever) or (
                ["already"] if perf else ["ever"] if ever else [])     # sudah. -> already
            self.emit_words(aux_words + advs)
            return i
        if kind == "n":
            words = self._aux("cop", will, perf, prog, neg, neg_word, modal, ever)
            self.emit_words(words + advs)
            return i
        i += 1
        if kind == "cop":
            words = self._aux("cop", will, perf, prog, neg, neg_word, modal, ever)
            if not self.has_subject and self.verb_at == 0:
                words = ["it"] + words             # Merupakan resto vintage. -> It's a vintage resto.
        elif kind == "adj" and perf and not (will or modal or neg):
            # sudah + adjective is a state reached, not a perfect: ikannya sudah bau -> the fish is already off
            words = [english.be(self.tense, self.agr), "already", self.gloss(main)]
        elif kind == "adj" and self._after_causee() and not (will or perf or prog or modal or ever):
            words = (["not"] if neg else []) + [self.gloss(main)]   # membuat tempat ini ramai -> make this place busy
        elif kind == "adj":
            g = self.gloss(main)
            words = self._aux("cop", will, perf, prog, neg, neg_word, modal, ever) + [
                g if neg else english.predicative(g)]
        elif kind in {"v", "vpass"} and self._after_causee() and not (will or perf or prog or modal or ever or keep):
            words = (["not"] if neg else []) + [main.gloss]     # membuat saya lupa waktu -> made me forget the time
        elif keep:
            go_on = Tok(main.src, "v", "keep" if kind == "v" else "continue")
            words = self._aux(go_on, will, perf, prog, neg, neg_word, modal, ever) + (
                [english.ing(main.gloss)] if kind == "v" else ["to", "be", main.gloss])
        else:
            words = self._aux(main, will, perf, prog, neg, neg_word, modal, ever)
        if kind == "adj" and not self.has_subject and ((start == 0 or t[start - 1].src in {".", "!", "?"}) and (
                i >= n or t[i].pos in {"punct", "part"} and t[i].src not in {":", "(", "-"}) or (
                start > 0 and t[start - 1].pos == "conj" and t[start - 1].gloss in _SUBORDINATORS and (
                    main.gloss.rsplit(" ", 1)[-1] not in _FEELINGS))) and not modal:
            # Tidak bosan. -> I'm not bored.; Sudah dingin. -> It's already cold. (see NounPhrases.adjective)
            self.agr = "1s" if main.gloss.rsplit(" ", 1)[-1] in _FEELINGS else "3s"
            subject = "I" if self.agr == "1s" else "it"
            if perf and not (will or modal or neg):
                words = [subject, english.be(self.tense, self.agr), "already", self.gloss(main)]
            else:
                words = [subject] + self._aux("cop", will, perf, prog, neg, neg_word, modal, ever) + words[-1:]
        elif kind == "vpass" and not self.has_subject and start > 0 and t[start - 1].pos == "conj" and (
                t[start - 1].gloss in _SUBORDINATORS) and words and words[0][:2] in {"is", "wa"} and not modal:
            words = ["it"] + words                   # karena tidak dipakai -> because it wasn't used
        if reviewer:
            words = ["I"] + words                   # Sudah beberapa kali makan di sini -> I've eaten here ...
        if kind == "adj" and ("delicious" in main.gloss or main.gloss == "pretty good") and 0 <= self.np_at < len(
                self.out) and self.out[self.np_at].rsplit(" ", 1)[-1] in _NOT_EATEN:
            words = [w.replace("delicious", "nice").replace("pretty good", "pretty nice") for w in words]
            # tempatnya enak -> the place is nice; lokasinya cukup enak -> the location is pretty nice
        if advs:
            if len(words) >= 2 and words[0] == "there":  # hanya ada -> there is only; di sana ada -> there is
                words = words[:2] + [a for a in advs if a != "there"] + words[2:]
            elif words[0][-3:] == " to" or len(words) > 1 and words[1][-3:] == " to" and words[0] in {"do", "does", "did"}:
                words = advs + words                     # hanya mau bilang -> only want to say
            elif len(words) > 2 and words[0] in {"it", "I"} and not self.has_subject:
                words = words[:2] + advs + words[2:]     # Juga enak. -> It's also good.
            elif len(words) > 1:
                words = words[:1] + advs + words[1:]
            else:
                words = advs + words
        if kind == "v":
            words += self._object_pronoun(main, i)
        self.emit_words(words)
        if kind == "vpass" and i < n and self._agent_follows(main, i):
            self.emit("by")                         # dipimpin Bima Arya -> led by Bima Arya
        self.causee_at = len(self.out) if kind == "v" and main.gloss in _CAUSATIVE_VERBS else -1
        self.has_verb = True
        self.has_subject = True
        nxt = t[i] if i < n else None
        if nxt is not None and nxt.pos == "part" and kind == "v" and i + 1 < n and t[i + 1].pos == "v":
            i += 1                                  # coba deh datang -> try to come (the particle says nothing)
            nxt = t[i]
        negated = nxt is not None and nxt.pos == "neg" and i + 1 < n and t[i + 1].pos == "v"
        if negated:
            nxt = t[i + 1]
        if kind == "adj":
            if nxt is not None and nxt.pos == "adj" and not nxt.poss and (i + 1 >= n or t[i + 1].pos in {
                    "punct", "conj"}) and not (i + 1 < n and t[i + 1].low in {"dan", "serta"}):
                self.emit("and", self.gloss(nxt))   # tempatnya bersih nyaman -> the place is clean and comfortable
                return i + 1
            if nxt is not None and nxt.pos == "n" and nxt.poss and nxt.low[-3:] == "nya" and (
                    i + 1 >= n or t[i + 1].pos in {"punct", "conj"}) and 0 <= self.np_at and start > 0 and (
                    main.low[:2] != "me" and nxt.gloss != nxt.low[:-3] and main.gloss[-3:] != " as"):
                #                                   (menarik hatinya: a verb's object; semewah harganya: as ... as)
                return self._in_respect(main, i)
            return self.adjective_complement(main, i)
        if kind == "v" and main.low in _CAUSATIVE and not main.poss and nxt is not None and nxt.pos in {"adj", "n"}:
            return self._causative(i)
        if kind == "vpass" and nxt is not None and nxt.pos == "v" and not negated and nxt.gloss[:6] != "there ":
            return self._passive_complement(main, nxt, i)
        if nxt is not None and nxt.low in _CONTINUING and kind in {"v", "vpass"} and i + 1 < n and (
                t[i + 1].pos == "v" and main.gloss not in {"is", "become"} and main.gloss[:6] != "there " and (
                    t[i + 1].gloss[:6] != "there " and t[i + 1].gloss.split(" ", 1)[0] not in {"is", "are", "be"})):
            self.emit("to", "keep", english.ing(t[i + 1].gloss))   # berusaha terus menekan -> tried to keep pressing
            return i + 2
        if nxt and nxt.pos == "v" and kind == "v" and main.gloss not in {"is", "become"} and not main.gloss.startswith(
                "there ") and (not self.gap or main.gloss in _CATENATIVE):
            # (in an object relative the next verb is the main predicate: yang saya pesan datang -> ... came)
            if main.gloss in _GERUND_AFTER and not negated and nxt.gloss[:6] != "there ":
                self.emit(_GERUND_AFTER[main.gloss], english.ing(nxt.gloss))    # berhasil merebut -> succeed in seizing
            else:
                self.emit(*(["not", "to"] if negated else ["to"]), nxt.gloss)   # pura-pura tidak tahu: pretend not to know
            if nxt.poss and nxt.low[:2] == "me":
                self.emit(_CLITIC_OBJECT.get(nxt.poss, "it"))    # menyesal mencintaimu -> regret to love you
            i += 2 if negated else 1
        return i

    def _in_respect(self, adj: Tok, i: int) -> int:
        """Subject + adjective + X-nya: the -nya noun says in what respect the subject is so (jaringannya sangat
        buruk kualitasnya -> the network is very bad in quality; makanannya enak rasanya -> the food is
        delicious in taste; resto ini ramai pengunjungnya -> the resto is crowded with visitors)."""
        noun = self.t[i]
        if adj.gloss.rsplit(" ", 1)[-1] in {"crowded", "busy", "full", "packed"}:
            self.emit("with", english.plural(noun.gloss))
        else:
            self.emit("in", noun.gloss)
        return i + 1

    def _causative(self, i: int) -> int:
        """bikin/membuat + (noun phrase +) adjective is a causative: what is made so comes between "make" and the
        state (bikin perut kenyang -> makes the stomach full, not the full stomach), and when Indonesian leaves it
        out English names the one affected (bikin ketagihan -> makes you hooked; in a past story: made me)."""
        t = self.t
        n = len(t)
        nxt = t[i]
        if nxt.pos == "adj":
            if i + 1 >= n or t[i + 1].pos in _AFTER_STATE:
                self.emit("me" if self.tense == "past" and any(u.pos == "pron" and u.extra[2:3] == ("1s",)
                                                                for u in t) else "you")
            return i
        if i + 2 < n and t[i + 2].pos not in _AFTER_STATE or i + 1 >= n or t[i + 1].pos != "adj" or t[i + 1].poss:
            return i
        noun, state = t[i], t[i + 1]
        if not state.graded and state.gloss.rsplit(" ", 1)[-1] not in _STATES and state.gloss not in _FEELINGS:
            return i                              # (membuat kajian akademis: an academic study, made)
        self.emit(nxt.poss or "the", self.gloss(noun), self.gloss(state))
        self.np_at = len(self.out) - 2
        return i + 2

    def motion(self, i: int) -> int:
        """ke sini / ke sana with no verb of its own is a verb of motion: saya ke sini pulang kerja -> I came here
        ...; kami ke sana -> we went there. A clause of time or condition without a subject takes the pronoun of
        the clause after it (setiap kali ke sini saya ... -> every time I come here I ...), else the reader after
        if (kalau ke sini -> if you come here), else the reviewer (tiap kali ke sini -> every time I come here)."""
        tok = self.t[i]
        subordinate = not self.has_subject and not self._past_time_opening(i)
        subject = ""
        if not self.has_subject:
            subject, self.agr = self._subordinate_subject(
                i - 1, i + 1, ("you", "2") if self.t[i - 1].gloss == "if" else ("I", "1s"), True)
            self.emit(subject)
            self.has_subject = True
        been = i == self.experiential_at           # 5 kali saya ke sini -> I've been here 5 times
        go = Tok("ke", "v", "be" if been else "come" if tok.gloss == "here" else "go")
        self.emit_words(self._aux(go, False, been, False, False, "not", "", False))
        self.emit(tok.gloss)
        self.has_verb = True
        if subordinate:
            agr = self.agr
            self.clause_reset()             # the main clause follows: pas ke sana, ternyata tempatnya ... -> ... was
            if subject in {"I", "we"} and self._bare_predicate(i + 1):
                self.emit(subject)          # tiap kali ke sini pasti pesan ini -> ..., I definitely order this
                self.has_subject, self.agr = True, agr
            return i + 1
        nxt = self.peek(i, 1)
        if nxt is not None and (nxt.pos == "v" and nxt.gloss[:6] != "there " and nxt.gloss.split(" ")[0] not in (
                "go", "come", "return") or nxt.pos == "n" and nxt.verb and (
                i + 2 < len(self.t) and self.t[i + 2].pos in {"n", "det", "num", "plm", "dem"})):
            self.emit("to", nxt.gloss if nxt.pos == "v" else nxt.verb)   # kami ke sana makan sate -> went there to eat
            return i + 2
        return i + 1

    def no_need_better(self, i: int) -> int:
        """tidak perlu / tidak usah / lebih baik / mending + a bare verb: no need to / better to + verb (tidak perlu
        menunggu lama -> no need to wait long; lebih baik ke sini -> better to come here; mending main poker ->
        better to play poker)."""
        tok, nxt = self.t[i], self.t[i + 1]
        g = tok.gloss if tok.gloss[-3:] == " to" else tok.gloss + " to"
        if g == "no need to" and self.has_subject and not self.has_verb:    # pelanggan tidak perlu menjawab ->
            do = "did" if self.tense == "past" else "do" if self.agr in {"1s", "1p", "2", "3p"} else "does"
            g = do + " not need to"                                      # the customer does not need to answer
        if nxt.low in _DEICTIC_MOTION:
            self.emit(g, "come" if nxt.gloss == "here" else "go", nxt.gloss)
        else:
            self.emit(g, nxt.gloss if nxt.pos == "v" else nxt.verb)
            if nxt.poss and nxt.low[:2] == "me":
                self.emit(_CLITIC_OBJECT.get(nxt.poss, "it"))
        self.has_subject = self.has_verb = True
        return i + 2

    def _bare_predicate(self, j: int) -> bool:
        """Whether a subjectless predicate starts at j (adverbs, then a verb or a bare root before its object),
        whose subject is then the one of the clause of time before it; a bare root becomes the verb."""
        t = self.t
        while j < len(t) and t[j].pos == "adv" and t[j].gloss not in {"here", "there"}:
            j += 1
        if j >= len(t):
            return False
        if t[j].pos == "n" and t[j].verb and j + 1 < len(t) and t[j + 1].pos in {"n", "dem", "det", "num", "plm"}:
            verb = self.own(j)
            verb.pos, verb.gloss = "v", verb.verb
        return t[j].pos in {"v", "modal"} and t[j].gloss[:6] != "there "

    def purpose(self, i: int) -> int:
        """A purpose clause with no subject is a to-infinitive in English: biar tahu lagu-lagunya -> to know the
        songs; supaya melahap lontong -> to devour the lontong; biar tidak menunggu -> so as not to wait."""
        j = i + 1
        if self.t[j].pos == "neg":
            self.emit("so as not to")
            j += 1
        else:
            self.emit("to")
        verb = self.t[j]
        self.emit(verb.gloss)
        if verb.poss and verb.low[:2] == "me":
            self.emit(_CLITIC_OBJECT.get(verb.poss, "it"))
        self.has_subject = self.has_verb = True
        return j + 1

    def _after_causee(self) -> bool:
        """Whether this verb group follows a causative verb and its object (membuat saya lupa -> made me forget):
        English says the verb bare, without tense, agreement or copula."""
        at = self.causee_at
        return 0 <= at < len(self.out) and self.has_verb and "," not in self.out[at:]

    def _passive_complement(self, passive: Tok, verb: Tok, i: int) -> int:
        """A bare active verb right after a di- passive is its to-infinitive (the passive of asking, advising,
        forcing or allowing someone to do something): warga diminta membawa KTP -> residents are asked to bring
        ID; disarankan membawa jaket -> recommended to bring a jacket; dipaksa mengaku -> forced to confess.
        Using a tool is a manner instead (dibuat menggunakan tangan -> made using hands), menjadi a result
        (dibagi menjadi lima -> divided into five; but diminta menjadi -> asked to become) and mulai a starting
        point (dibuka mulai pagi -> open starting)."""
        if verb.gloss in _PASSIVE_MANNER and (verb.gloss != "become" or passive.gloss in _CHANGED):
            self.emit(_PASSIVE_MANNER[verb.gloss])
        elif passive.gloss.split(" ", 1)[0] in _PASSIVE_GERUND:        # terlibat bentrok -> involved in clashing;
            head = passive.gloss.split(" ", 1)[0]                       # tertangkap tangan menerima -> caught
            self.emit(_PASSIVE_GERUND[head], english.ing(verb.gloss))   # red-handed receiving
        else:
            self.emit("to", verb.gloss)
            if verb.poss and verb.low[:2] == "me":
                self.emit(_CLITIC_OBJECT.get(verb.poss, "it"))
        return i + 1

    def _reviewer_subject(self, start: int, main: Tok) -> bool:
        """A sentence that opens with sudah/pernah + an active verb, or with a verb of the writer's feeling
        (menyesal, benci, kangen, berharap), has dropped its subject, the writer: Sudah beberapa kali makan di sini
        -> I've eaten here several times; Menyesal tadi ke toko itu -> I regret ... Sets the first-person agreement
        when so."""
        t = self.t
        opening = start
        if start > 0 and t[start - 1].low in _OPENING_LINKS and (start == 1 or t[start - 2].src in {".", "!", "?"}):
            opening -= 1                          # Tapi menyesal makan di sini -> But I regret eating here
        if self.has_subject or opening > 0 and t[opening - 1].src not in {".", "!", "?"} or (
                main.gloss[:6] == "there " or t[start].low == "telah"):
            return False                          # (Telah berpacaran selama 3 tahun, X ...: a participle, Having dated)
        self.agr = "1s"
        return True

    def adjective_complement(self, adj: Tok, i: int) -> int:
        """A bare verb right after an adjective is its complement: susah cari parkir -> hard to find parking,
        malas pakai -> lazy to use; feelings of weariness take "of" + -ing (bosan makan -> bored of eating)."""
        nxt = self.peek(i)
        if nxt is not None and nxt.pos == "vpass" and nxt.extra and adj.gloss.rsplit(" ", 1)[-1] in TOUGH:
            self.emit("to", nxt.extra[0])         # mudah ditemui -> easy to find; cocok dikunjungi -> perfect to visit
            self.has_verb = True
            return i + 1
        if nxt is None or nxt.pos != "v" or adj.graded and adj.gloss.startswith("not "):
            return i
        if adj.gloss.split(" ")[-1] in _WEARY:
            self.emit("of", english.ing(nxt.gloss))
        else:
            self.emit("to", nxt.gloss)
        if nxt.poss and nxt.low[:2] == "me":
            self.emit(_CLITIC_OBJECT.get(nxt.poss, "it"))        # susah membukanya -> hard to open it
        self.has_verb = True
        return i + 1

    def absent_subject(self) -> list[str]:
        """The noun phrase just emitted as the subject of a clause-final "tidak ada", taken back out of the
        output: English says what is missing after "there is no" (seafoodnya tidak ada. -> there's no seafood.)."""
        if not (0 <= self.np_start and self.np_at == len(self.out) - 1 and self.has_subject and not self.has_verb):
            return []
        thing = self.out[self.np_start:]
        del self.out[self.np_start:]
        return thing[1:] if thing and thing[0] == "the" else thing

    def _object_pronoun(self, main: Tok, i: int) -> list[str]:
        """A clitic on a verb is its object (membelinya -> bought it; membantuku -> helps me) unless the bare verb
        modifies the noun before it; and like/try/recommend... left without any object get "it", which English
        cannot drop (anak saya suka sekali. -> my child really likes it.)."""
        before = self.t[self.verb_at - 1] if self.verb_at > 0 else None
        if main.poss:
            if main.low.startswith("me") or before is None or before.pos != "n":
                return [{"my": "me", "your": "you"}.get(main.poss, "it")]
            return []
        j = i
        while j < len(self.t) and self.t[j].pos == "part":
            j += 1
        if main.gloss in _NEEDS_OBJECT and not self.gap and (j >= len(self.t) or self.t[j].pos == "conj"
                                           or self.t[j].src in {".", ",", "!", "?", ";"}):
            return ["it"]
        return []

    def _aux(self, main: Tok | str | None, will: bool, perf: bool, prog: bool, neg: bool, neg_word: str,
             modal: str, ever: bool) -> list[str]:
        agr = self.agr
        tense = self.tense
        plural3 = agr in {"2", "1p", "3p", "1s"}
        if tense == "past" and modal in _PAST_MODALS:
            modal = _PAST_MODALS[modal]                  # bisa in a past story: could
        if main is None:
            words = []
            if will:
                words.append("will")
            if modal:
                words.append(modal)
            if neg:
                words.append(neg_word)
            return words
        if modal[-3:] == " to":
            # "want to", "need to" are verbs in English: they take tense, agreement and do-support themselves
            # (tidak mau makan -> does not want to eat), and the main verb follows in its base form.
            if modal.startswith("be "):          # be able to -> am/is/was able to
                verb = self._aux("cop", will, perf, prog, neg, neg_word, "", ever) + modal.split(" ")[1:]
            else:
                verb = self._aux(Tok(modal, "v", modal), will, perf, prog, neg, neg_word, "", ever)
            if isinstance(main, str):
                return verb + ["be"]
            return verb + (["be", main.gloss] if main.pos == "vpass" else [main.gloss])
        passive = not isinstance(main, str) and main.pos == "vpass"
        cop = main == "cop"
        if cop or passive:
            tail = [] if cop else [main.gloss]
            if modal or will:
                head = [modal or "will"] + ([neg_word] if neg else []) + ["be"]
            elif perf:
                head = ["have" if plural3 else "has"] + ([neg_word] if neg else []) + ["been"]
            elif prog and passive:
                head = [english.be(tense, agr)] + ([neg_word] if neg else []) + ["being"]
            else:
                bare = passive and not self.has_subject and not neg    # Disajikan panas. -> Served hot.
                head = [] if bare else [english.be(tense, agr)] + ([neg_word] if neg else [])
            return head + tail
        base = main.gloss
        if base[:6] == "there ":
            return self._existential(base, tense, neg, neg_word, will, modal)
        if base in {"is", "are"}:
            return [english.be(tense, agr)] + ([neg_word] if neg else [])
        if modal in {"can", "could"} and will:        # akan dapat membantu -> will be able to help
            return ["will"] + ([neg_word] if neg else []) + ["be", "able", "to", base]
        if modal:
            return [modal] + ([neg_word] if neg else []) + [base]
        if will:
            return ["will"] + ([neg_word] if neg else []) + [base]
        if perf:
            return ["have" if plural3 else "has"] + ([neg_word] if neg else []) + [english.participle(base)]
        if prog:
            return [english.be(tense, agr)] + ([neg_word] if neg else []) + [english.ing(base)]
        if neg:
            if neg_word == "not yet":
                return ["have" if plural3 else "has", "not", english.participle(base), "yet"]
            if neg_word == "do not":
                return ["never", base] if ever else ["do", "not", base]   # jangan pernah pesan -> never order
            do = "did" if tense == "past" else ("do" if plural3 else "does")
            return [do, "not", base]
        if ever and self.gap:                      # yang pernah saya makan -> that I have ever eaten
            return ["have" if plural3 else "has", "ever", english.participle(base)]
        if ever:                                   # kami pernah makan di sini -> we once ate here
            return ["once", english.past(base)]
        if tense == "past":
            return [english.past(base)]
        if not self.has_subject and base[:3] == "be ":
            return [base[3:]]                      # Terletak di ... -> Located in ... (no subject, no "be")
        return [base if plural3 or not self.has_subject else english.third_person(base)]

    def _subject_before(self, i: int) -> bool:
        """Whether the words right before position i (past adverbs and markers) are a subject."""
        j = i - 1
        while j >= 0 and self.t[j].pos in {"adv", "aux", "neg", "modal", "deg"}:
            j -= 1
        return j >= 0 and self.t[j].pos in {"n", "pron", "name", "abbr", "unk", "dem"}

    def _opens_clause_with_subject(self, i: int) -> bool:
        """Whether only a noun phrase (and adverbs) stand between the start of the clause and position i."""
        j = i - 1
        while j >= 0 and self.t[j].pos in ("adv", "n", "name", "abbr", "unk", "dem", "pron", "adj", "num", "plm"):
            j -= 1
        return j < i - 1 and (j < 0 or self.t[j].pos == "punct" and self.t[j].src in (",", ".", "!", "?", ";"))

    def _existential(self, gloss: str, tense: str, neg: bool, neg_word: str, will: bool, modal: str) -> list[str]:
        """ada/terdapat: "there is" without a subject; with one it is a plain copula (dia ada di rumah -> he
        is at home). Plural when a plural marker or number follows (ada dua pilihan -> there are two choices)."""
        nxt = self.peek(self.verb_at + 1)
        agr = "3p" if nxt is not None and (nxt.pos == "plm" or nxt.pos == "num" and nxt.value != 1) else "3s"
        if neg and (nxt is None or nxt.pos == "punct"):
            thing = self.absent_subject()
            if thing:
                return ["there", english.be(tense, "3p" if self.np_plural else "3s"), "no", *thing]
        if self._subject_before(self.verb_at):
            if not neg and not will and not modal and nxt is not None and nxt.pos in ("n", "det", "plm", "unk") and (
                    self._opens_clause_with_subject(self.verb_at)):
                # a subject and then a thing: possession (tempatnya ada taman -> the place has a garden)
                return ["had" if tense == "past" else "has" if self.agr == "3s" else "have"]
            return [english.be(tense, self.agr)] + ([neg_word] if neg else [])
        if will or modal:
            return ["there", modal or "will"] + ([neg_word] if neg else []) + ["be"] + gloss.split(" ")[2:]
        return ["there", english.be(tense, agr)] + (["no"] if neg else []) + gloss.split(" ")[2:]
