-- A journal's lines without statement (periodicity "none"), for its book balance: the dashboard adds
-- them to its statements' movements instead of summing every line of the journal.
create index ix_statement_line_loose on statement_line (journal_id, statement_id);
