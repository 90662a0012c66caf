"""What eventwire knows about the world before it reads an article: word lists, the country table and
the gazetteer's data. Shared by the stages and the read side; depends only on the model."""
