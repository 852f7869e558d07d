-- Identity context: regions, organisations, accounts, roles, workers, audit log.
CREATE TABLE region (
    code        VARCHAR(6)   NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(128) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(6)   NULL,
    path        VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code),
    CONSTRAINT uq_region_path UNIQUE (path),
    CONSTRAINT ck_region_level CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(24)  NOT NULL,
    name         VARCHAR(128) NOT NULL,
    credit_code  VARCHAR(18)  NULL,
    region_code  VARCHAR(6)   NOT NULL,
    region_path  VARCHAR(64)  NOT NULL,
    contact_phone VARCHAR(32) NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT uq_org_credit_code UNIQUE (credit_code),
    CONSTRAINT ck_org_type CHECK (type IN ('INSTITUTION', 'ASSESSMENT_BODY', 'EMPLOYER', 'HR_BUREAU')),
    INDEX ix_org_scope (region_path, type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    display_name    VARCHAR(64)  NOT NULL,
    organisation_id BIGINT       NULL,
    locale          VARCHAR(10)  NOT NULL DEFAULT 'zh_CN',
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)  NOT NULL,
    last_login_at   DATETIME(3)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_account_org (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(24) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_role CHECK (role IN ('WORKER', 'INSTITUTION_STAFF', 'ASSESSOR', 'EMPLOYER', 'HR_OFFICER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A worker (学员) is a person with a real name and a resident ID; the number is stored encrypted
-- (AES-GCM), found by a keyed hash, and shown masked.
CREATE TABLE worker (
    account_id        BIGINT       NOT NULL PRIMARY KEY,
    real_name         VARCHAR(64)  NOT NULL,
    id_type           VARCHAR(16)  NOT NULL DEFAULT 'RESIDENT_ID',
    id_number_enc     VARCHAR(128) NOT NULL,
    id_number_hash    CHAR(64)     NOT NULL,
    id_number_masked  VARCHAR(32)  NOT NULL,
    gender            VARCHAR(8)   NOT NULL,
    birth_date        DATE         NOT NULL,
    phone             VARCHAR(16)  NOT NULL,
    hukou_region_code VARCHAR(6)   NULL,
    created_at        DATETIME(3)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_worker_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_worker_id_hash UNIQUE (id_number_hash),
    CONSTRAINT uq_worker_phone UNIQUE (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when, with the state before and after (JSON). Later contexts write here too.
CREATE TABLE audit_entry (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at               DATETIME(3)  NOT NULL,
    actor_account_id BIGINT       NULL,
    actor_username   VARCHAR(64)  NOT NULL,
    action           VARCHAR(64)  NOT NULL,
    entity_type      VARCHAR(64)  NOT NULL,
    entity_id        VARCHAR(64)  NOT NULL,
    organisation_id  BIGINT       NULL,
    region_path      VARCHAR(64)  NULL,
    reason           VARCHAR(500) NULL,
    before_json      LONGTEXT     NULL,
    after_json       LONGTEXT     NULL,
    INDEX ix_audit_entity (entity_type, entity_id),
    INDEX ix_audit_at (at),
    INDEX ix_audit_org (organisation_id, at),
    INDEX ix_audit_region (region_path, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
