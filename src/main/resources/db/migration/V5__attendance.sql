-- What the learner declared about their current situation at enrolment (students and pensioners are
-- flagged for review: subsidies are not for them).
ALTER TABLE enrolment ADD COLUMN learner_status VARCHAR(16) NOT NULL DEFAULT 'UNSPECIFIED';

-- Attendance: one check-in per learner and session, by scanning the class's rotating QR code or by
-- the staff's roll call. Hours accrue from check-ins.
CREATE TABLE check_in (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id        BIGINT      NOT NULL,
    class_id          BIGINT      NOT NULL,
    enrolment_id      BIGINT      NOT NULL,
    worker_account_id BIGINT      NOT NULL,
    method            VARCHAR(16) NOT NULL,
    checked_in_at     DATETIME(3) NOT NULL,
    recorded_by       VARCHAR(64) NOT NULL,
    CONSTRAINT fk_checkin_session FOREIGN KEY (session_id) REFERENCES class_session (id),
    CONSTRAINT fk_checkin_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT uq_checkin UNIQUE (session_id, worker_account_id),
    CONSTRAINT ck_checkin_method CHECK (method IN ('QR', 'ROLL_CALL')),
    INDEX ix_checkin_worker (worker_account_id, checked_in_at),
    INDEX ix_checkin_class (class_id, session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Signs of fraud for review by staff and HR officers.
CREATE TABLE attendance_flag (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(24)  NOT NULL,
    class_id          BIGINT       NOT NULL,
    institution_id    BIGINT       NOT NULL,
    region_path       VARCHAR(64)  NOT NULL,
    session_id        BIGINT       NULL,
    worker_account_id BIGINT       NULL,
    detail            VARCHAR(255) NULL,
    created_at        DATETIME(3)  NOT NULL,
    resolved_at       DATETIME(3)  NULL,
    resolved_by       VARCHAR(64)  NULL,
    CONSTRAINT ck_flag_kind CHECK (kind IN ('OUTSIDE_SESSION', 'OVERLAP', 'SAME_SECOND', 'STUDENT', 'PENSIONER')),
    CONSTRAINT uq_flag UNIQUE (kind, class_id, session_id, worker_account_id),
    INDEX ix_flag_institution (institution_id, created_at),
    INDEX ix_flag_region (region_path, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
