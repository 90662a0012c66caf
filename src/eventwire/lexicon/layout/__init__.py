"""How a report is laid out on the page (a package of its own: it reads no data table, so the stages that use it
keep their fingerprint when a table of ``lexicon/data`` changes)."""
