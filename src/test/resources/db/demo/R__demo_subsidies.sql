-- Subsidy demo data for the run command only (runs after R__demo_data, whose completed electrician class 9304
-- and 张建国's training certificate 9801 it builds on). 张建国's training subsidy claim for that certificate waits
-- in demo.hr's review queue, with his payout card (encrypted with the development key). 王丽 completed another
-- class (9351) attending three of four sessions, 75 % where a subsidy needs 80 %: she can try to claim and read
-- why not. Ids 93xx/94xx/95xx/98xx above 50 are this file's. Idempotent: INSERT IGNORE on fixed ids.

INSERT IGNORE INTO payout_account (id, worker_account_id, account_name, bank_name, number_enc, number_masked, updated_at, updated_by)
SELECT 9751, 9101, '张建国', '中国农业银行吉林船营支行', 'CyoeM1AGXflBU1rGexgfbEb9qcGsvPyFsH2GZoKtBSP+wqQdSoSvuc+q9CIocec=', '6228***********0001', NOW(3), '13800000001'
FROM DUAL WHERE EXISTS (SELECT 1 FROM worker WHERE account_id = 9101);

INSERT IGNORE INTO subsidy_claim (id, type, state, payee_type, worker_account_id, region_code, region_path, organisation_id, class_id, enrolment_id, certificate_id, certificate_kind, occupation_id, occupation_code, level, category, learner_status, amount, amount_explanation, rule_results, claim_year, filed_by, filed_by_name, created_at, submitted_at, version)
SELECT 9801, 'TRAINING', 'SUBMITTED', 'LEARNER', 9101, '220204', '220000/220200/220204/', 9002, 9304, 9502, c.id, 'TRAINING_COMPLETION', c.occupation_id, c.occupation_code, NULL,
       'RURAL_TRANSFER', 'EMPLOYED', 650.00,
       '[{"key":"subsidy.amount.rate.default","args":[500.00]},{"key":"subsidy.amount.shortage","args":[0.30,650.00]},{"key":"subsidy.amount.total","args":[650.00]}]',
       '[{"rule":"R1_YEARLY_QUOTA","outcome":"PASSED","args":[]},{"rule":"R2_ONCE_PER_LEVEL","outcome":"PASSED","args":[]},{"rule":"R3_FIRST_ASSESSMENT","outcome":"NOT_APPLICABLE","args":[]},{"rule":"R4_CLAIM_WINDOW","outcome":"PASSED","args":[]},{"rule":"R5_ATTENDANCE","outcome":"PASSED","args":[]},{"rule":"R6_PERSON","outcome":"PASSED","args":[]},{"rule":"R7_PAYEE","outcome":"PASSED","args":[]}]',
       YEAR(CURRENT_DATE), 9101, '13800000001', NOW(3) - INTERVAL 1 DAY, NOW(3) - INTERVAL 1 DAY, 1
FROM certificate c WHERE c.id = 9801 AND c.worker_account_id = 9101 AND EXISTS (SELECT 1 FROM enrolment WHERE id = 9502);

INSERT IGNORE INTO audit_entry (id, at, actor_account_id, actor_username, action, entity_type, entity_id, organisation_id, region_path, before_json, after_json)
SELECT 9901, NOW(3) - INTERVAL 1 DAY, 9101, '13800000001', 'SUBSIDY_CLAIM_SUBMITTED', 'SubsidyClaim', '9801', 9002, '220000/220200/220204/', NULL,
       '{"state":"SUBMITTED","amount":650.00}'
FROM DUAL WHERE EXISTS (SELECT 1 FROM subsidy_claim WHERE id = 9801);

-- 王丽's class: four 3-hour sessions 50 to 47 days ago, she attended three
INSERT IGNORE INTO training_class (id, course_id, institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, assessment_plan, state, filed_at, created_at)
SELECT 9351, 9202, 9002, '220204', '220000/220200/220204/', '电工五级第1期（已结业）', CURRENT_DATE - INTERVAL 50 DAY, CURRENT_DATE - INTERVAL 47 DAY, '船营区职业技能实训基地', FALSE, 40, 1, '赵老师', '理论60学时，实操100学时', '理论考试+实操考核', 'COMPLETED', NOW(3), NOW(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM course WHERE id = 9202);

INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9451 + n, 9351, TIMESTAMP(CURRENT_DATE - INTERVAL (50 - n) DAY, '09:00'), TIMESTAMP(CURRENT_DATE - INTERVAL (50 - n) DAY, '12:00'),
       '低压配电安装实操', 'PRACTICAL'
FROM (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) s WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9351);

INSERT IGNORE INTO enrolment (id, class_id, worker_account_id, state, category, learner_status, applied_at, confirmed_at, ended_at, added_by)
SELECT 9551, 9351, 9103, 'COMPLETED', 'RURAL_TRANSFER', 'UNEMPLOYED', NOW(3), NOW(3), NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9351);

INSERT IGNORE INTO check_in (id, session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by)
SELECT 9751 + s.id - 9451, s.id, 9351, 9551, 9103, 'ROLL_CALL', s.starts_at, 'demo.institution'
FROM class_session s WHERE s.class_id = 9351 AND s.id < 9454 AND EXISTS (SELECT 1 FROM enrolment WHERE id = 9551);

INSERT IGNORE INTO certificate (id, number, type, state, source, origin_key, worker_account_id, holder_name, id_type, id_masked, occupation_id, occupation_code, occupation_name, work_type, level, issuer_id, issuer_name, region_path, issued_on, enrolment_id, class_id, template_id, created_at)
SELECT 9851, CONCAT('PX229002', DATE_FORMAT(CURRENT_DATE, '%y'), '00009851'), 'TRAINING_COMPLETION', 'VALID', 'CLASS', 'enrolment:9551', w.account_id, w.real_name, w.id_type, w.id_number_masked,
       o.id, o.code, o.name_zh, '--', NULL, 9002, '吉林市船营区阳光职业技能培训学校', '220000/220200/220204/', CURRENT_DATE - INTERVAL 45 DAY, 9551, 9351, t.id, NOW(3)
FROM worker w
JOIN course c ON c.id = 9202
JOIN occupation o ON o.id = c.occupation_id
JOIN certificate_template t ON t.type = 'TRAINING_COMPLETION' AND t.active
WHERE w.account_id = 9103 AND EXISTS (SELECT 1 FROM enrolment WHERE id = 9551);
