-- Subsidies (职业培训补贴 / 评价补贴 / 生活费补贴 / 企业新型学徒制补贴): rates, working-day calendar, files and
-- the 代为申请 agreements, payout accounts, claims with their evidence, public notices (公示) and
-- objections, payment batches, pay-for-results plans (政府购买培训成果) and employment follow-up (跟踪回访).
-- Per-region numbers (claims per year, window, attendance, ages, uplift, notice days) are rows of
-- region_setting with keys subsidy.* (see README); the defaults live in the code (SubsidySettings.DEFAULTS).

-- Rates per region × claim type × certificate kind × level, in force from valid_from until a later row
-- of the same key and region. The built-in defaults (DOMAIN.md) are not stored: RateTable adds them.
-- kind_key / level_key make the NULLs of "no kind" and "no level" comparable for the unique key.
CREATE TABLE subsidy_rate (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code      VARCHAR(6)    NOT NULL,
    region_path      VARCHAR(64)   NOT NULL,
    claim_type       VARCHAR(24)   NOT NULL,
    certificate_kind VARCHAR(24)   NULL,
    level            TINYINT       NULL,
    valid_from       DATE          NOT NULL,
    amount           DECIMAL(10,2) NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    kind_key         VARCHAR(24)   AS (COALESCE(certificate_kind, '-')) PERSISTENT,
    level_key        TINYINT       AS (COALESCE(level, 0)) PERSISTENT,
    CONSTRAINT fk_srate_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT uq_srate UNIQUE (region_path, claim_type, kind_key, level_key, valid_from),
    CONSTRAINT ck_srate_type CHECK (claim_type IN ('TRAINING', 'ASSESSMENT', 'LIVING_ALLOWANCE', 'APPRENTICESHIP')),
    CONSTRAINT ck_srate_kind CHECK (certificate_kind IS NULL OR certificate_kind IN ('SKILL_LEVEL', 'SPECIAL_ABILITY', 'TRAINING_COMPLETION')),
    CONSTRAINT ck_srate_level CHECK (level IS NULL OR level BETWEEN 1 AND 5),
    CONSTRAINT ck_srate_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Working-day calendar: public holidays and make-up working days (调休). region_code '' is nationwide
-- (the State Council's calendar); a region may add its own days, which apply to it and below.
CREATE TABLE calendar_day (
    region_code VARCHAR(6)   NOT NULL DEFAULT '',
    day         DATE         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (region_code, day),
    CONSTRAINT ck_calendar_kind CHECK (kind IN ('HOLIDAY', 'WORKING_DAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Uploaded documents (invoices, contracts, 代为申请 agreements, wage slips, bank confirmations): type-
-- and size-checked PDF/JPEG/PNG (or csv/xlsx for bank files), stored once per content (SHA-256).
CREATE TABLE subsidy_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256            CHAR(64)     NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        INT          NOT NULL,
    original_name     VARCHAR(255) NOT NULL,
    content           LONGBLOB     NOT NULL,
    uploaded_by       BIGINT       NULL,
    uploaded_by_name  VARCHAR(64)  NOT NULL,
    organisation_id   BIGINT       NULL,
    uploaded_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uq_sfile_sha UNIQUE (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's signed 代为申请 agreement: the organisation (institution, assessment body, employer) may
-- claim on the learner's behalf and be paid. One file may carry the signatures of a whole class.
CREATE TABLE subsidy_agreement (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_account_id BIGINT       NOT NULL,
    organisation_id   BIGINT       NOT NULL,
    file_id           BIGINT       NOT NULL,
    signed_on         DATE         NOT NULL,
    recorded_at       DATETIME(3)  NOT NULL,
    recorded_by       VARCHAR(64)  NOT NULL,
    withdrawn_at      DATETIME(3)  NULL,
    CONSTRAINT fk_sagree_worker FOREIGN KEY (worker_account_id) REFERENCES worker (account_id),
    CONSTRAINT fk_sagree_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_sagree_file FOREIGN KEY (file_id) REFERENCES subsidy_file (id),
    INDEX ix_sagree_worker (worker_account_id, organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a payee is paid: a learner's bank or social-security card, an organisation's bank account.
-- The number is encrypted (FieldCipher) and shown masked; the payment export decrypts it.
CREATE TABLE payout_account (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_account_id BIGINT       NULL,
    organisation_id   BIGINT       NULL,
    account_name      VARCHAR(128) NOT NULL,
    bank_name         VARCHAR(128) NOT NULL,
    number_enc        VARCHAR(255) NOT NULL,
    number_masked     VARCHAR(40)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    updated_by        VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_payout_worker FOREIGN KEY (worker_account_id) REFERENCES worker (account_id),
    CONSTRAINT fk_payout_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_payout_worker UNIQUE (worker_account_id),
    CONSTRAINT uq_payout_org UNIQUE (organisation_id),
    CONSTRAINT ck_payout_owner CHECK ((worker_account_id IS NULL) <> (organisation_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public notice (公示) of a region's approved claims: published on one day, open for objections
-- through ends_on (a number of working days later), then released to payment.
CREATE TABLE subsidy_notice (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code   VARCHAR(6)    NOT NULL,
    region_path   VARCHAR(64)   NOT NULL,
    title         VARCHAR(255)  NOT NULL,
    published_on  DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    working_days  INT           NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    claim_count   INT           NOT NULL,
    total_amount  DECIMAL(14,2) NOT NULL,
    published_by  VARCHAR(64)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    released_at   DATETIME(3)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_snotice_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_snotice_state CHECK (state IN ('OPEN', 'RELEASED')),
    INDEX ix_snotice_region (region_path, published_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A payment batch: PAYABLE claims exported for the bank, PAID from the bank's confirmation file.
CREATE TABLE payment_batch (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code    VARCHAR(6)    NOT NULL,
    region_path    VARCHAR(64)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    claim_count    INT           NOT NULL,
    total_amount   DECIMAL(14,2) NOT NULL,
    paid_count     INT           NOT NULL DEFAULT 0,
    failed_count   INT           NOT NULL DEFAULT 0,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    confirmed_at   DATETIME(3)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pbatch_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_pbatch_state CHECK (state IN ('EXPORTED', 'CONFIRMED')),
    INDEX ix_pbatch_region (region_path, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 政府购买培训成果 for an order or project class: how its results are paid (tranches at milestones, or the
-- rate scaled by the class's 6-month employment rate). Set up by the HR bureau.
CREATE TABLE results_plan (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id          BIGINT        NOT NULL,
    institution_id    BIGINT        NOT NULL,
    region_path       VARCHAR(64)   NOT NULL,
    scheme            VARCHAR(24)   NOT NULL,
    rate_per_trainee  DECIMAL(10,2) NOT NULL,
    certified_share   DECIMAL(5,4)  NULL,
    employed_share    DECIMAL(5,4)  NULL,
    lower_threshold   DECIMAL(5,4)  NULL,
    upper_threshold   DECIMAL(5,4)  NULL,
    high_factor       DECIMAL(5,4)  NULL,
    both_factor       DECIMAL(5,4)  NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_rplan_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_rplan_institution FOREIGN KEY (institution_id) REFERENCES organisation (id),
    CONSTRAINT uq_rplan_class UNIQUE (class_id),
    CONSTRAINT ck_rplan_scheme CHECK (scheme IN ('TRANCHES', 'EMPLOYMENT_RATE')),
    INDEX ix_rplan_region (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 跟踪回访: a trainee's employment 3 and 6 months after the class, recorded by the institution or
-- confirmed by the employer of the order; contract and wage slips prove employment.
CREATE TABLE employment_follow_up (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id      BIGINT       NOT NULL,
    class_id          BIGINT       NOT NULL,
    worker_account_id BIGINT       NOT NULL,
    institution_id    BIGINT       NOT NULL,
    region_path       VARCHAR(64)  NOT NULL,
    checkpoint_months TINYINT      NOT NULL,
    recorded_on       DATE         NOT NULL,
    outcome           VARCHAR(16)  NOT NULL,
    source            VARCHAR(24)  NOT NULL,
    employer_name     VARCHAR(128) NULL,
    contract_file_id  BIGINT       NULL,
    wage_slips        INT          NOT NULL DEFAULT 0,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       DATETIME(3)  NOT NULL,
    CONSTRAINT fk_follow_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_follow_contract FOREIGN KEY (contract_file_id) REFERENCES subsidy_file (id),
    CONSTRAINT ck_follow_checkpoint CHECK (checkpoint_months IN (3, 6)),
    CONSTRAINT ck_follow_outcome CHECK (outcome IN ('EMPLOYED', 'NOT_EMPLOYED', 'UNREACHABLE')),
    CONSTRAINT ck_follow_source CHECK (source IN ('INSTITUTION', 'EMPLOYER_CONFIRMED')),
    INDEX ix_follow_class (class_id, enrolment_id, checkpoint_months),
    INDEX ix_follow_region (region_path, recorded_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Wage slips (工资流水) of a follow-up.
CREATE TABLE follow_up_file (
    follow_up_id BIGINT      NOT NULL,
    file_id      BIGINT      NOT NULL,
    PRIMARY KEY (follow_up_id, file_id),
    CONSTRAINT fk_ffile_follow FOREIGN KEY (follow_up_id) REFERENCES employment_follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_ffile_file FOREIGN KEY (file_id) REFERENCES subsidy_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A subsidy claim. region_path is the class's region (training, living allowance, apprenticeship) or
-- the assessment body's (assessment): the HR bureau of that region and above reviews it.
-- claim_year is the calendar year of submission (R1's quota). The amount and its explanation, and the
-- rule results at submission, are kept as they were shown (JSON).
-- A pay-for-results claim belongs to a plan; its tranches are claims of their own with the same
-- results_group, which counts once towards the yearly quota and the once-per-level rule.
CREATE TABLE subsidy_claim (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type                  VARCHAR(24)   NOT NULL,
    state                 VARCHAR(16)   NOT NULL,
    payee_type            VARCHAR(24)   NOT NULL,
    payee_organisation_id BIGINT        NULL,
    worker_account_id     BIGINT        NOT NULL,
    region_code           VARCHAR(6)    NOT NULL,
    region_path           VARCHAR(64)   NOT NULL,
    organisation_id       BIGINT        NULL,
    class_id              BIGINT        NULL,
    enrolment_id          BIGINT        NULL,
    candidate_id          BIGINT        NULL,
    certificate_id        BIGINT        NULL,
    certificate_kind      VARCHAR(24)   NULL,
    occupation_id         BIGINT        NULL,
    occupation_code       VARCHAR(16)   NULL,
    level                 TINYINT       NULL,
    category              VARCHAR(32)   NULL,
    learner_status        VARCHAR(16)   NULL,
    units                 INT           NULL,
    amount                DECIMAL(10,2) NOT NULL,
    amount_explanation    TEXT          NULL,
    rule_results          TEXT          NULL,
    claim_year            SMALLINT      NULL,
    results_plan_id       BIGINT        NULL,
    milestone             VARCHAR(16)   NULL,
    results_group         VARCHAR(40)   NULL,
    agreement_id          BIGINT        NULL,
    filed_by              BIGINT        NULL,
    filed_by_name         VARCHAR(64)   NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    submitted_at          DATETIME(3)   NULL,
    review_started_at     DATETIME(3)   NULL,
    decided_at            DATETIME(3)   NULL,
    decided_by            VARCHAR(64)   NULL,
    reject_reason         VARCHAR(500)  NULL,
    notice_id             BIGINT        NULL,
    payable_at            DATETIME(3)   NULL,
    payment_batch_id      BIGINT        NULL,
    payment_note          VARCHAR(255)  NULL,
    paid_at               DATETIME(3)   NULL,
    recovered_at          DATETIME(3)   NULL,
    recovered_amount      DECIMAL(10,2) NULL,
    recovery_reason       VARCHAR(500)  NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_sclaim_worker FOREIGN KEY (worker_account_id) REFERENCES worker (account_id),
    CONSTRAINT fk_sclaim_payee_org FOREIGN KEY (payee_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_sclaim_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_sclaim_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_sclaim_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_sclaim_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_sclaim_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT fk_sclaim_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_sclaim_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT fk_sclaim_plan FOREIGN KEY (results_plan_id) REFERENCES results_plan (id),
    CONSTRAINT fk_sclaim_agreement FOREIGN KEY (agreement_id) REFERENCES subsidy_agreement (id),
    CONSTRAINT fk_sclaim_notice FOREIGN KEY (notice_id) REFERENCES subsidy_notice (id),
    CONSTRAINT fk_sclaim_batch FOREIGN KEY (payment_batch_id) REFERENCES payment_batch (id),
    CONSTRAINT ck_sclaim_type CHECK (type IN ('TRAINING', 'ASSESSMENT', 'LIVING_ALLOWANCE', 'APPRENTICESHIP')),
    CONSTRAINT ck_sclaim_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED',
        'PUBLIC_NOTICE', 'PAYABLE', 'PAID', 'RECOVERED')),
    CONSTRAINT ck_sclaim_payee CHECK (payee_type IN ('LEARNER', 'INSTITUTION', 'ASSESSMENT_BODY', 'EMPLOYER')),
    CONSTRAINT ck_sclaim_payee_org CHECK ((payee_type = 'LEARNER') = (payee_organisation_id IS NULL)),
    CONSTRAINT ck_sclaim_kind CHECK (certificate_kind IS NULL OR certificate_kind IN ('SKILL_LEVEL', 'SPECIAL_ABILITY', 'TRAINING_COMPLETION')),
    CONSTRAINT ck_sclaim_level CHECK (level IS NULL OR level BETWEEN 1 AND 5),
    CONSTRAINT ck_sclaim_milestone CHECK (milestone IS NULL OR milestone IN ('CERTIFIED', 'EMPLOYED_6M')),
    CONSTRAINT ck_sclaim_amount CHECK (amount >= 0 AND (recovered_amount IS NULL OR recovered_amount BETWEEN 0 AND amount)),
    INDEX ix_sclaim_queue (region_path, state, submitted_at),
    INDEX ix_sclaim_quota (worker_account_id, claim_year),
    INDEX ix_sclaim_org (organisation_id, state, submitted_at),
    INDEX ix_sclaim_payee_org (payee_organisation_id, state),
    INDEX ix_sclaim_class (class_id, type),
    INDEX ix_sclaim_certificate (certificate_id),
    INDEX ix_sclaim_notice (notice_id),
    INDEX ix_sclaim_batch (payment_batch_id),
    INDEX ix_sclaim_plan (results_plan_id, enrolment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Uploaded evidence of a claim (invoice, contract, agreement, other).
CREATE TABLE claim_evidence (
    claim_id   BIGINT      NOT NULL,
    file_id    BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    added_at   DATETIME(3) NOT NULL,
    added_by   VARCHAR(64) NOT NULL,
    PRIMARY KEY (claim_id, file_id, kind),
    CONSTRAINT fk_cevidence_claim FOREIGN KEY (claim_id) REFERENCES subsidy_claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_cevidence_file FOREIGN KEY (file_id) REFERENCES subsidy_file (id),
    CONSTRAINT ck_cevidence_kind CHECK (kind IN ('INVOICE', 'CONTRACT', 'AGREEMENT', 'WAGE_SLIP', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An objection to a public notice, by anyone (no login); it names a row of the notice or none (the
-- whole notice). Open objections hold their claims (or the whole notice) back from payment.
CREATE TABLE subsidy_objection (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id      BIGINT        NOT NULL,
    claim_id       BIGINT        NULL,
    objector_name  VARCHAR(64)   NULL,
    contact        VARCHAR(64)   NULL,
    text           VARCHAR(2000) NOT NULL,
    filed_at       DATETIME(3)   NOT NULL,
    client_address VARCHAR(64)   NULL,
    state          VARCHAR(16)   NOT NULL,
    resolution     VARCHAR(1000) NULL,
    resolved_by    VARCHAR(64)   NULL,
    resolved_at    DATETIME(3)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_sobj_notice FOREIGN KEY (notice_id) REFERENCES subsidy_notice (id),
    CONSTRAINT fk_sobj_claim FOREIGN KEY (claim_id) REFERENCES subsidy_claim (id),
    CONSTRAINT ck_sobj_state CHECK (state IN ('OPEN', 'DISMISSED', 'UPHELD')),
    INDEX ix_sobj_notice (notice_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
