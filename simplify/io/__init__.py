"""Reading and writing releases: formats, encodings, safe output files."""
