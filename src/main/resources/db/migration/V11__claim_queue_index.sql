-- The claim queue's institution filter lists the organisations of the officer's claims: with the region and the
-- organisation in one index MariaDB reads only the index (a province's 250,000 claims: 0.9 s through the rows).
CREATE INDEX ix_sclaim_region_org ON subsidy_claim (region_path, organisation_id);
