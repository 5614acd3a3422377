-- EclipseLink reads a sequence value n (allocationSize 50) as the block of ids n-49 .. n, so the
-- first block of a fresh database is 1..50: where V2 seeded the company and the journal with id 1,
-- and the first journal created by the module collided with it. Spending one block moves every
-- later id above the seeds; on a database already past it, this only leaves a gap.
select nextval('company_seq');
select nextval('journal_seq');
