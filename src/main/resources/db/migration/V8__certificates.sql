-- Certificates (职业技能等级证书, 专项职业能力证书, 培训合格证书) and their versioned PDF templates.

-- Numbering parts of a skill-level certificate: the body's 4-digit code and the 6-digit site
-- sequence (评价机构代码 / 考核站点序号). Null means: derived from the organisation id (see CertificateService).
ALTER TABLE organisation
    ADD COLUMN cert_body_code CHAR(4) NULL,
    ADD COLUMN cert_site_code CHAR(6) NULL;

-- A template is a versioned page layout (properties text). Issued PDFs are frozen: a new version
-- only changes certificates issued after it becomes active.
CREATE TABLE certificate_template (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type        VARCHAR(24) NOT NULL,
    version     INT         NOT NULL,
    name        VARCHAR(64) NOT NULL,
    source      TEXT        NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uq_cert_template UNIQUE (type, version),
    CONSTRAINT ck_cert_template_type CHECK (type IN ('SKILL_LEVEL', 'SPECIAL_ABILITY', 'TRAINING_COMPLETION', 'TRANSCRIPT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last serial handed out in a number series (the number without its serial). Taken under the
-- row lock of the issuing transaction, so serials have no gaps (a rollback returns the serial) and no
-- duplicates.
CREATE TABLE certificate_serial (
    series      VARCHAR(24) NOT NULL PRIMARY KEY,
    last_serial INT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number            VARCHAR(32)  NOT NULL,
    type              VARCHAR(24)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    source            VARCHAR(16)  NOT NULL,
    -- what issued it ("candidate:12", "enrolment:34"): unique, so the same result never yields two certificates
    origin_key        VARCHAR(40)  NULL,
    worker_account_id BIGINT       NOT NULL,
    holder_name       VARCHAR(64)  NOT NULL,
    id_type           VARCHAR(16)  NOT NULL,
    id_masked         VARCHAR(32)  NOT NULL,
    occupation_id     BIGINT       NULL,
    occupation_code   VARCHAR(16)  NULL,
    occupation_name   VARCHAR(128) NOT NULL,
    work_type         VARCHAR(64)  NOT NULL DEFAULT '--',
    level             TINYINT      NULL,
    issuer_id         BIGINT       NOT NULL,
    issuer_name       VARCHAR(128) NOT NULL,
    region_path       VARCHAR(64)  NOT NULL,
    issued_on         DATE         NOT NULL,
    candidate_id      BIGINT       NULL,
    enrolment_id      BIGINT       NULL,
    class_id          BIGINT       NULL,
    template_id       BIGINT       NULL,
    pdf_path          VARCHAR(255) NULL,
    pdf_sha256        CHAR(64)     NULL,
    pdf_size          INT          NULL,
    replaces_id       BIGINT       NULL,
    replaced_by_id    BIGINT       NULL,
    revoked_at        DATETIME(3)  NULL,
    revoked_by        VARCHAR(64)  NULL,
    revoke_reason     VARCHAR(500) NULL,
    created_at        DATETIME(3)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_cert_number UNIQUE (number),
    CONSTRAINT uq_cert_origin UNIQUE (origin_key),
    CONSTRAINT fk_cert_worker FOREIGN KEY (worker_account_id) REFERENCES worker (account_id),
    CONSTRAINT fk_cert_issuer FOREIGN KEY (issuer_id) REFERENCES organisation (id),
    CONSTRAINT fk_cert_template FOREIGN KEY (template_id) REFERENCES certificate_template (id),
    CONSTRAINT fk_cert_replaces FOREIGN KEY (replaces_id) REFERENCES certificate (id),
    CONSTRAINT ck_cert_type CHECK (type IN ('SKILL_LEVEL', 'SPECIAL_ABILITY', 'TRAINING_COMPLETION')),
    CONSTRAINT ck_cert_state CHECK (state IN ('VALID', 'REVOKED', 'REPLACED')),
    CONSTRAINT ck_cert_source CHECK (source IN ('ASSESSMENT', 'CLASS', 'REISSUE', 'IMPORT')),
    CONSTRAINT ck_cert_level CHECK (level IS NULL OR level BETWEEN 1 AND 5),
    INDEX ix_cert_worker (worker_account_id, issued_on),
    INDEX ix_cert_issuer (issuer_id, issued_on),
    INDEX ix_cert_region (region_path, issued_on),
    INDEX ix_cert_class (class_id),
    INDEX ix_cert_sha (pdf_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An institution's "issue the whole class" run: progress for the page's bar, done in the background.
CREATE TABLE certificate_batch (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id     BIGINT       NOT NULL,
    issuer_id    BIGINT       NOT NULL,
    region_path  VARCHAR(64)  NOT NULL,
    requested_by BIGINT       NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    total        INT          NOT NULL,
    issued       INT          NOT NULL DEFAULT 0,
    skipped      INT          NOT NULL DEFAULT 0,
    failed       INT          NOT NULL DEFAULT 0,
    problem      VARCHAR(500) NULL,
    started_at   DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3)  NULL,
    CONSTRAINT fk_cbatch_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_cbatch_issuer FOREIGN KEY (issuer_id) REFERENCES organisation (id),
    CONSTRAINT ck_cbatch_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    INDEX ix_cbatch_class (class_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
