-- The queue's default view ("to review": SUBMITTED and UNDER_REVIEW) of a region: both states' claims of the region
-- are two index ranges (through the region index alone a province read every claim of the province).
CREATE INDEX ix_sclaim_state_region ON subsidy_claim (state, region_path);
