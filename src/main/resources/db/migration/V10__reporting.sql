-- Reporting: annual targets, and summary tables the reporting context keeps current as classes complete,
-- results lock, certificates are issued, employers hire and claims move (see reporting/package-info.java).
-- Dashboards read only these tables and a few indexed aggregates, never the enrolments themselves.

-- Training target (培训人次目标) of a region for a calendar year, set by an admin.
CREATE TABLE report_target (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code  VARCHAR(6)  NOT NULL,
    year         SMALLINT    NOT NULL,
    person_times INT         NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_target_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT uq_target UNIQUE (region_code, year),
    CONSTRAINT ck_target_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_target_value CHECK (person_times BETWEEN 1 AND 100000000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per participant (参训) of a completed class: did they complete, were they assessed, did they
-- pass, are they certified, hired, employed at six months. Summed into report_class.
CREATE TABLE report_learner (
    enrolment_id BIGINT  NOT NULL PRIMARY KEY,
    class_id     BIGINT  NOT NULL,
    completed    BOOLEAN NOT NULL,
    assessed     BOOLEAN NOT NULL,
    passed       BOOLEAN NOT NULL,
    certified    BOOLEAN NOT NULL,
    hired        BOOLEAN NOT NULL,
    employed     BOOLEAN NOT NULL,
    INDEX ix_rlearner_class (class_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per completed (or archived) class: what became of its learners. Attributed to the month the
-- class ended (month = yyyymm of end_date). trainees_due / employed6 count only once the class's
-- 6-month checkpoint has passed (due6; employed is the raw count); a daily refresh picks up classes that become due.
CREATE TABLE report_class (
    class_id       BIGINT      NOT NULL PRIMARY KEY,
    institution_id BIGINT      NOT NULL,
    region_path    VARCHAR(64) NOT NULL,
    end_date       DATE        NOT NULL,
    month          INT         NOT NULL,
    training_type  VARCHAR(24) NOT NULL,
    delivery_mode  VARCHAR(24) NOT NULL,
    occupation_id  BIGINT      NULL,
    order_id       BIGINT      NULL,
    capacity       INT         NOT NULL,
    participants   INT         NOT NULL,
    completed      INT         NOT NULL,
    assessed       INT         NOT NULL,
    passed         INT         NOT NULL,
    certified      INT         NOT NULL,
    hired          INT         NOT NULL,
    employed       INT         NOT NULL,
    due6           BOOLEAN     NOT NULL,
    trainees_due   INT         NOT NULL,
    employed6      INT         NOT NULL,
    refreshed_at   DATETIME(3) NOT NULL,
    INDEX ix_rclass_institution (institution_id, end_date),
    INDEX ix_rclass_order (order_id),
    INDEX ix_rclass_due (due6, end_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The class rows summed per region (the class's own region path), month and one dimension:
-- A = all (dim_key ''), T = training type, M = delivery mode, O = occupation id ('-' for none),
-- I = institution id, E = employer order id. A region's figures are the rows whose path starts with its path.
CREATE TABLE report_training (
    dim          CHAR(1)     NOT NULL,
    region_path  VARCHAR(64) NOT NULL,
    month        INT         NOT NULL,
    dim_key      VARCHAR(24) NOT NULL,
    classes      INT         NOT NULL DEFAULT 0,
    capacity     INT         NOT NULL DEFAULT 0,
    participants INT         NOT NULL DEFAULT 0,
    completed    INT         NOT NULL DEFAULT 0,
    assessed     INT         NOT NULL DEFAULT 0,
    passed       INT         NOT NULL DEFAULT 0,
    certified    INT         NOT NULL DEFAULT 0,
    hired        INT         NOT NULL DEFAULT 0,
    trainees_due INT         NOT NULL DEFAULT 0,
    employed6    INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (dim, region_path, month, dim_key),
    INDEX ix_rtraining_key (dim, dim_key, month),
    CONSTRAINT ck_rtraining_dim CHECK (dim IN ('A', 'T', 'M', 'O', 'I', 'E'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Certificates issued (reissues not counted again) per issuer region, month of issue, type and level (0: none).
CREATE TABLE report_certificate (
    region_path VARCHAR(64) NOT NULL,
    month       INT         NOT NULL,
    cert_type   VARCHAR(24) NOT NULL,
    level       TINYINT     NOT NULL,
    issued      INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (region_path, month, cert_type, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Subsidy money per claim region, month of the transition, claim type and payee: claims filed (submitted),
-- approved, paid and recovered (追回), with their amounts in yuan.
CREATE TABLE report_subsidy (
    region_path      VARCHAR(64)   NOT NULL,
    month            INT           NOT NULL,
    claim_type       VARCHAR(24)   NOT NULL,
    payee            VARCHAR(24)   NOT NULL,
    submitted_count  INT           NOT NULL DEFAULT 0,
    submitted_amount DECIMAL(14,2) NOT NULL DEFAULT 0,
    approved_count   INT           NOT NULL DEFAULT 0,
    approved_amount  DECIMAL(14,2) NOT NULL DEFAULT 0,
    paid_count       INT           NOT NULL DEFAULT 0,
    paid_amount      DECIMAL(14,2) NOT NULL DEFAULT 0,
    recovered_count  INT           NOT NULL DEFAULT 0,
    recovered_amount DECIMAL(14,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (region_path, month, claim_type, payee)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far an incremental sweep has read an append-only source table (employment_follow_up: the last id seen),
-- and whether the summaries were ever built ('summaries' 0: the first start builds them from the data there is).
CREATE TABLE report_watermark (
    name    VARCHAR(32) NOT NULL PRIMARY KEY,
    last_id BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO report_watermark (name, last_id) VALUES ('employment_follow_up', 0), ('summaries', 0);

-- Indexed aggregates over other contexts' tables: open fraud flags of a region (counted by kind and
-- sub-region straight from the index), and a learner's certificates (class summaries look them up per enrolment).
CREATE INDEX ix_flag_open ON attendance_flag (resolved_at, region_path, kind, institution_id);
CREATE INDEX ix_cert_enrolment ON certificate (enrolment_id, type, state);
