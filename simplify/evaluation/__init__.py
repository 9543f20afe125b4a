"""Evaluation against reference pairs: alignment, SARI, BLEU, chrF, readability, compliance, facts kept."""
