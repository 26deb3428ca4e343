"""Parts of the `votes` extractor: rule lexicon, dates, meeting context, vote phrases, counts, proposers."""
