-- App Home (issue 17) reads each person's accounts by their role on them: without these, every home view of
-- every person scanned all accounts once per role (see docs/performance.md, HomeBenchmark).
create index account_ae on account (ae);
create index account_ce on account (ce);
create index account_ta on account (ta);
create index account_expand_ae on account (expand_ae);
create index lighthouse_program_sponsor on lighthouse_program (sponsor);
