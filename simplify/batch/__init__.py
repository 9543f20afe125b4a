"""Batch conversion of press archives: walk, convert in a pool or on Ray, manifest, resume, summary."""
