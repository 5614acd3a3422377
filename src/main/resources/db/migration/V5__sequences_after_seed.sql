-- EclipseLink takes the 50 ids up to each value of a sequence (allocationSize 50), so the first value,
-- 50, hands out ids 1 to 50, and id 1 is the seeded company and journal. Move the sequences on.
alter sequence company_seq restart with 100;
alter sequence journal_seq restart with 100;
