"""Precision, recall and F1, as every evaluation script here reports them (0 where nothing was
found or nothing was to be found)."""


def f1(p, r):
    """The harmonic mean of precision `p` and recall `r`."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(correct, found, gold):
    """Precision, recall and F1 of `correct` answers out of `found` ones, against `gold` ones."""
    p = correct / found if found else 0.0
    r = correct / gold if gold else 0.0
    return p, r, f1(p, r)
