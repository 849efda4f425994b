"""Media Literacy Kit helpers (work in progress)."""
from .corpus import load_corpus
