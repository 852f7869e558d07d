-- The queue's default view ("to review": SUBMITTED and UNDER_REVIEW) of a region: both states' claims of the region
-- are two index ranges (through the region index alone a province read every claim of the province).
CREATE INDEX ix_sclaim_state_region ON subsidy_claim (state, region_path);

-- Each line of the queue counts the open attendance flags of its class (and learner): by class, not by reading
-- every flag for every line (20 lines × 16,000 flags a page on the benchmark's dataset).
CREATE INDEX ix_flag_class ON attendance_flag (class_id, resolved_at);
