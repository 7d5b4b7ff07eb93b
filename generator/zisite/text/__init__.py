"""What the site says to its readers: every sentence (``text.strings``) and every number, date and
size format (``text.format``), each in one place. Code names stay English; what readers see is
Indonesian and lives here, so a translator or a plain-language editor has one folder to read."""
