-- Assessment (职业技能鉴定 / 等级认定): sessions of an assessment body for one occupation and level, the
-- panel of assessors, candidates and their scores. Results of a session go DRAFT → SUBMITTED → LOCKED.
CREATE TABLE assessment_session (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id        BIGINT        NOT NULL,
    region_path    VARCHAR(64)   NOT NULL,
    occupation_id  BIGINT        NOT NULL,
    level          TINYINT       NOT NULL,
    mode           VARCHAR(16)   NOT NULL,
    site           VARCHAR(255)  NOT NULL,
    held_on        DATE          NOT NULL,
    theory_rooms   INT           NOT NULL DEFAULT 1,
    fee            DECIMAL(10,2) NOT NULL,
    results_state  VARCHAR(16)   NOT NULL,
    submitted_at   DATETIME(3)   NULL,
    locked_at      DATETIME(3)   NULL,
    locked_by      VARCHAR(64)   NULL,
    created_at     DATETIME(3)   NOT NULL,
    created_by     BIGINT        NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_asession_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_asession_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_asession_occupation FOREIGN KEY (occupation_id) REFERENCES occupation (id),
    CONSTRAINT ck_asession_mode CHECK (mode IN ('ON_SITE', 'INSTANT', 'FOLLOW_UP')),
    CONSTRAINT ck_asession_state CHECK (results_state IN ('DRAFT', 'SUBMITTED', 'LOCKED')),
    CONSTRAINT ck_asession_level CHECK (level BETWEEN 1 AND 5),
    CONSTRAINT ck_asession_rooms CHECK (theory_rooms >= 1),
    INDEX ix_asession_body (body_id, held_on),
    INDEX ix_asession_region (region_path, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The panel: assessors of the body with their duty; one member leads the session.
CREATE TABLE panel_member (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    duty        VARCHAR(16) NOT NULL,
    room        INT         NULL,
    lead        BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_panel_session FOREIGN KEY (session_id) REFERENCES assessment_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_panel_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_panel UNIQUE (session_id, account_id, duty),
    CONSTRAINT ck_panel_duty CHECK (duty IN ('PRACTICAL', 'INVIGILATOR')),
    INDEX ix_panel_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A candidate's attempt: scores 0–100 with one decimal; a part passed at an earlier attempt carries over.
CREATE TABLE candidate (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id          BIGINT        NOT NULL,
    worker_account_id   BIGINT        NOT NULL,
    enrolment_id        BIGINT        NULL,
    attempt             INT           NOT NULL DEFAULT 1,
    theory_score        DECIMAL(4,1)  NULL,
    practical_score     DECIMAL(4,1)  NULL,
    theory_carried      BOOLEAN       NOT NULL DEFAULT FALSE,
    practical_carried   BOOLEAN       NOT NULL DEFAULT FALSE,
    panel_review        VARCHAR(16)   NOT NULL DEFAULT 'NONE',
    result              VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    fee                 DECIMAL(10,2) NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_candidate_session FOREIGN KEY (session_id) REFERENCES assessment_session (id),
    CONSTRAINT fk_candidate_worker FOREIGN KEY (worker_account_id) REFERENCES worker (account_id),
    CONSTRAINT fk_candidate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT uq_candidate UNIQUE (session_id, worker_account_id),
    CONSTRAINT ck_candidate_scores CHECK ((theory_score IS NULL OR theory_score BETWEEN 0 AND 100)
        AND (practical_score IS NULL OR practical_score BETWEEN 0 AND 100)),
    CONSTRAINT ck_candidate_review CHECK (panel_review IN ('NONE', 'PASSED', 'FAILED')),
    CONSTRAINT ck_candidate_result CHECK (result IN ('PENDING', 'PASS', 'FAIL')),
    INDEX ix_candidate_worker (worker_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
