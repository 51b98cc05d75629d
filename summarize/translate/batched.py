"""The shared skeleton of the neural translators (torch and CTranslate2): fit, sort, batch, guard, restore order.

A backend supplies only the difference: `limit` (input tokens the model accepts), `count_tokens`, `token_windows`
and `generate(texts, beams=..., safe=...)`. Everything that decides *what* is sent to the model lives here, so both
engines give one translation per source sentence, never truncate silently, and retry the same failures.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import chunks

# Sentences per batch; also bounded by tokens so one long batch does not blow up memory on small machines.
BATCH_SENTENCES = 32
BATCH_TOKENS = 4096
# The retry for a sentence whose output looks broken: beam search that cannot loop.
SAFE_BEAMS = 4
SAFE_NO_REPEAT_NGRAM = 3
SAFE_REPETITION_PENALTY = 1.2


@dataclass
class Retry:
    """One guarded retry: which input piece, and why its first output was rejected."""

    piece: str
    reason: str


class BatchedTranslator:
    """Base class; subclasses call `__init__` with their limits and implement the four hooks."""

    name = "neural"

    def __init__(self, *, limit: int, beams: int, guard: bool):
        self.limit = limit
        self.beams = beams
        self.guard = guard
        self.retries: list[Retry] = []

    def count_tokens(self, text: str) -> int:
        raise NotImplementedError

    def token_windows(self, text: str, limit: int) -> list[str]:
        raise NotImplementedError

    def generate(self, texts: list[str], *, beams: int, safe: bool) -> list[str]:
        raise NotImplementedError

    def model_info(self) -> dict:
        raise NotImplementedError

    def translate(self, sentences: list[str]) -> list[str]:
        """One English string per input sentence, in input order."""
        owners: list[int] = []
        pieces: list[str] = []
        for i, sentence in enumerate(sentences):
            if not sentence.strip():
                continue
            for piece in chunks.fit(sentence, self.limit, self.count_tokens, self.token_windows):
                owners.append(i)
                pieces.append(piece)
        outputs = self._translate_pieces(pieces)
        joined: list[list[str]] = [[] for _ in sentences]
        for owner, out in zip(owners, outputs):
            joined[owner].append(out.strip())
        return [" ".join(part for part in parts if part) for parts in joined]

    def _translate_pieces(self, pieces: list[str]) -> list[str]:
        outputs = self._run(pieces, beams=self.beams, safe=False)
        if self.guard:
            suspect = {i: chunks.problem(p, outputs[i]) for i, p in enumerate(pieces)}
            suspect = {i: why for i, why in suspect.items() if why}
            retried = self._run([pieces[i] for i in suspect], beams=max(self.beams, SAFE_BEAMS), safe=True)
            for (i, why), out in zip(suspect.items(), retried):
                outputs[i] = out
                self.retries.append(Retry(pieces[i], why))
        return outputs

    def _run(self, pieces: list[str], *, beams: int, safe: bool) -> list[str]:
        """Outputs for `pieces` in their order, generated in length-sorted batches."""
        lengths = [self.count_tokens(p) for p in pieces]
        # Longest first: similar lengths share a batch (little padding), and memory peaks on the first batch.
        order = sorted(range(len(pieces)), key=lambda i: (-lengths[i], i))
        outputs: list[str] = [""] * len(pieces)
        for batch in self._batches(order, lengths):
            for i, out in zip(batch, self.generate([pieces[i] for i in batch], beams=beams, safe=safe)):
                outputs[i] = out
        return outputs

    def _batches(self, order: list[int], lengths: list[int]):
        batch: list[int] = []
        for i in order:
            width = max([lengths[j] for j in batch] + [lengths[i]])
            if batch and (len(batch) >= BATCH_SENTENCES or width * (len(batch) + 1) > BATCH_TOKENS):
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def describe(self) -> dict:
        """Model information plus how many sentences needed the guarded retry (and why)."""
        return {**self.model_info(), "beams": self.beams, "retries": len(self.retries),
                "retry_reasons": sorted({r.reason for r in self.retries})}
