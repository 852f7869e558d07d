-- Employer training orders (订单式培训): an employer orders trained workers; an institution of the
-- same city accepts and opens a class for it; the employer confirms the class, then hires trainees.
CREATE TABLE training_order (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employer_id         BIGINT        NOT NULL,
    region_code         VARCHAR(6)    NOT NULL,
    region_path         VARCHAR(64)   NOT NULL,
    occupation_id       BIGINT        NOT NULL,
    level               TINYINT       NOT NULL,
    headcount           INT           NOT NULL,
    wage_offered        DECIMAL(10,2) NOT NULL,
    skill_requirements  VARCHAR(2000) NOT NULL,
    deadline            DATE          NOT NULL,
    hiring_commitment   VARCHAR(500)  NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    institution_id      BIGINT        NULL,
    accepted_at         DATETIME(3)   NULL,
    created_at          DATETIME(3)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_order_employer FOREIGN KEY (employer_id) REFERENCES organisation (id),
    CONSTRAINT fk_order_institution FOREIGN KEY (institution_id) REFERENCES organisation (id),
    CONSTRAINT fk_order_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT ck_order_state CHECK (state IN ('OPEN', 'ACCEPTED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT ck_order_headcount CHECK (headcount BETWEEN 1 AND 10000),
    CONSTRAINT ck_order_level CHECK (level BETWEEN 1 AND 5),
    INDEX ix_order_open (state, region_path),
    INDEX ix_order_employer (employer_id, created_at),
    INDEX ix_order_institution (institution_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE training_class
    ADD COLUMN order_id BIGINT NULL,
    ADD COLUMN order_confirmed_at DATETIME(3) NULL,
    ADD CONSTRAINT fk_class_order FOREIGN KEY (order_id) REFERENCES training_order (id),
    ADD INDEX ix_class_order (order_id);

-- The employer's decision per trainee after assessment: hired (from a date) or not (with a reason).
CREATE TABLE hire_decision (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id          BIGINT       NOT NULL,
    enrolment_id      BIGINT       NOT NULL,
    worker_account_id BIGINT       NOT NULL,
    hired             BOOLEAN      NOT NULL,
    start_date        DATE         NULL,
    reason            VARCHAR(500) NULL,
    decided_at        DATETIME(3)  NOT NULL,
    decided_by        VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_hire_order FOREIGN KEY (order_id) REFERENCES training_order (id),
    CONSTRAINT fk_hire_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT uq_hire_enrolment UNIQUE (enrolment_id),
    CONSTRAINT ck_hire CHECK ((hired AND start_date IS NOT NULL) OR (NOT hired AND reason IS NOT NULL)),
    INDEX ix_hire_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
