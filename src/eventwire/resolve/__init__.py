"""Resolution stages: mentions to world facts with explicit context (publication date, gazetteer, the article).

Importing this package registers its stages.
"""
