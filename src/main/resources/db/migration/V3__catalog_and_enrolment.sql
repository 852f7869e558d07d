-- Per-region rule settings: a value set for a region applies to it and everything below it, from
-- its effective date; without one the application's default applies (DOMAIN.md: rules are data).
CREATE TABLE region_setting (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code    VARCHAR(6)   NOT NULL,
    setting_key    VARCHAR(64)  NOT NULL,
    setting_value  VARCHAR(255) NOT NULL,
    effective_from DATE         NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT fk_setting_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT uq_setting UNIQUE (region_code, setting_key, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Catalog: yearly versions of the occupation (工种) catalog.
CREATE TABLE catalog_version (
    year      SMALLINT     NOT NULL PRIMARY KEY,
    name_zh   VARCHAR(64)  NOT NULL,
    name_en   VARCHAR(128) NOT NULL,
    published BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE occupation (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalog_year      SMALLINT     NOT NULL,
    code              VARCHAR(16)  NOT NULL,
    name_zh           VARCHAR(64)  NOT NULL,
    name_en           VARCHAR(128) NOT NULL,
    levels            VARCHAR(16)  NOT NULL,
    shortage          BOOLEAN      NOT NULL DEFAULT FALSE,
    special_operation BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_occupation_catalog FOREIGN KEY (catalog_year) REFERENCES catalog_version (year),
    CONSTRAINT uq_occupation UNIQUE (catalog_year, code),
    INDEX ix_occupation_name (name_zh)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A course is an institution's offer; a class (培训班) is one run of it.
CREATE TABLE course (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id  BIGINT        NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    occupation_id   BIGINT        NULL,
    level           TINYINT       NULL,
    title           VARCHAR(128)  NOT NULL,
    training_type   VARCHAR(24)   NOT NULL,
    delivery_mode   VARCHAR(24)   NOT NULL,
    theory_hours    INT           NOT NULL,
    practical_hours INT           NOT NULL,
    cost            DECIMAL(10,2) NOT NULL,
    description     VARCHAR(2000) NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_course_institution FOREIGN KEY (institution_id) REFERENCES organisation (id),
    CONSTRAINT fk_course_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT ck_course_level CHECK (level IS NULL OR level BETWEEN 1 AND 5),
    CONSTRAINT ck_course_hours CHECK (theory_hours >= 0 AND practical_hours >= 0 AND theory_hours + practical_hours > 0),
    INDEX ix_course_institution (institution_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_class (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id       BIGINT        NOT NULL,
    institution_id  BIGINT        NOT NULL,
    region_code     VARCHAR(6)    NOT NULL,
    region_path     VARCHAR(64)   NOT NULL,
    name            VARCHAR(128)  NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    venue           VARCHAR(255)  NULL,
    online          BOOLEAN       NOT NULL DEFAULT FALSE,
    capacity        INT           NOT NULL,
    confirmed_count INT           NOT NULL DEFAULT 0,
    teachers        VARCHAR(500)  NULL,
    teaching_plan   VARCHAR(4000) NULL,
    assessment_plan VARCHAR(2000) NULL,
    state           VARCHAR(16)   NOT NULL,
    filed_at        DATETIME(3)   NULL,
    created_at      DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_class_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_class_institution FOREIGN KEY (institution_id) REFERENCES organisation (id),
    CONSTRAINT ck_class_capacity CHECK (capacity > 0 AND confirmed_count BETWEEN 0 AND capacity),
    CONSTRAINT ck_class_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_class_state CHECK (state IN ('DRAFT', 'FILED', 'IN_TRAINING', 'COMPLETED', 'ARCHIVED')),
    INDEX ix_class_search (state, start_date),
    INDEX ix_class_region (region_path, start_date),
    INDEX ix_class_institution (institution_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE class_session (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id  BIGINT       NOT NULL,
    starts_at DATETIME     NOT NULL,
    ends_at   DATETIME     NOT NULL,
    topic     VARCHAR(255) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_session_class FOREIGN KEY (class_id) REFERENCES training_class (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_session_kind CHECK (kind IN ('THEORY', 'PRACTICAL')),
    INDEX ix_session_class (class_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Enrolment: learner × class. confirmed_count on the class is kept in the same transaction, under a
-- row lock on the class, so confirmations never exceed capacity (the CHECK above is the last guard).
CREATE TABLE enrolment (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id          BIGINT      NOT NULL,
    worker_account_id BIGINT      NOT NULL,
    state             VARCHAR(16) NOT NULL,
    category          VARCHAR(32) NOT NULL,
    applied_at        DATETIME(3) NOT NULL,
    confirmed_at      DATETIME(3) NULL,
    ended_at          DATETIME(3) NULL,
    added_by          VARCHAR(64) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_enrolment_class FOREIGN KEY (class_id) REFERENCES training_class (id),
    CONSTRAINT fk_enrolment_worker FOREIGN KEY (worker_account_id) REFERENCES worker (account_id),
    CONSTRAINT uq_enrolment UNIQUE (class_id, worker_account_id),
    CONSTRAINT ck_enrolment_state CHECK (state IN ('APPLIED', 'CONFIRMED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED', 'DROPPED')),
    INDEX ix_enrolment_queue (class_id, state, applied_at),
    INDEX ix_enrolment_worker (worker_account_id, applied_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages to one account (e.g. "a seat became free"), shown on their home page.
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    message_key VARCHAR(64)  NOT NULL,
    args        VARCHAR(500) NULL,
    created_at  DATETIME(3)  NOT NULL,
    read_at     DATETIME(3)  NULL,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_notification_account (account_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
