"""German analysis shared by every stage: sentences, tokens (SoMaJo), tags, lemmas and morphemes (HanTa)."""
