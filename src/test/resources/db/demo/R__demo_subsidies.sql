-- Subsidy demo data for the run command only (after R__demo_data): a completed electrician class of the
-- 船营区 institution, 20 days ago, with 张建国 (all four sessions) and 王丽 (three of four, 75 %: below the 80 %
-- a subsidy needs); their training certificates; 张建国's training subsidy claim waiting in demo.hr's queue,
-- with his payout card (encrypted with the development key). 王丽 can try to claim and read why she cannot.
-- Idempotent: INSERT IGNORE on fixed ids.

INSERT IGNORE INTO training_class (id, course_id, institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, assessment_plan, state, filed_at, created_at)
SELECT 9304, 9202, 9002, '220204', '220000/220200/220204/', '电工五级第2期（已结业）', CURRENT_DATE - INTERVAL 50 DAY, CURRENT_DATE - INTERVAL 20 DAY, '船营区职业技能实训基地', FALSE, 40, 2, '赵老师', '理论60学时，实操100学时', '理论考试+实操考核', 'COMPLETED', NOW(3), NOW(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM course WHERE id = 9202);

INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9404 + n, 9304, TIMESTAMP(CURRENT_DATE - INTERVAL (50 - n) DAY, '09:00'), TIMESTAMP(CURRENT_DATE - INTERVAL (50 - n) DAY, '12:00'),
       '低压配电安装实操', 'PRACTICAL'
FROM (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) s WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);

INSERT IGNORE INTO enrolment (id, class_id, worker_account_id, state, category, learner_status, applied_at, confirmed_at, ended_at, added_by)
SELECT 9502, 9304, 9101, 'COMPLETED', 'RURAL_TRANSFER', 'EMPLOYED', NOW(3), NOW(3), NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);
INSERT IGNORE INTO enrolment (id, class_id, worker_account_id, state, category, learner_status, applied_at, confirmed_at, ended_at, added_by)
SELECT 9503, 9304, 9103, 'COMPLETED', 'RURAL_TRANSFER', 'UNEMPLOYED', NOW(3), NOW(3), NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);

INSERT IGNORE INTO check_in (session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by)
SELECT s.id, 9304, e.id, e.worker_account_id, 'ROLL_CALL', s.starts_at, 'demo.institution'
FROM class_session s JOIN enrolment e ON e.class_id = s.class_id
WHERE s.class_id = 9304 AND (e.id = 9502 OR s.id < 9407);

INSERT IGNORE INTO certificate (id, number, type, state, source, origin_key, worker_account_id, holder_name, id_type, id_masked, occupation_id, occupation_code, occupation_name, work_type, level, issuer_id, issuer_name, region_path, issued_on, enrolment_id, class_id, template_id, created_at)
SELECT 9701 + k.n, CONCAT('PX220001000000970', k.n + 1), 'TRAINING_COMPLETION', 'VALID', 'CLASS', CONCAT('enrolment:', k.e), w.account_id, w.real_name, w.id_type, w.id_number_masked,
       o.id, o.code, o.name_zh, '--', NULL, 9002, '吉林市船营区阳光职业技能培训学校', '220000/220200/220204/', CURRENT_DATE - INTERVAL 18 DAY, k.e, 9304,
       (SELECT t.id FROM certificate_template t WHERE t.type = 'TRAINING_COMPLETION' AND t.active LIMIT 1), NOW(3)
FROM (SELECT 0 AS n, 9101 AS w, 9502 AS e UNION ALL SELECT 1, 9103, 9503) k
JOIN worker w ON w.account_id = k.w
JOIN occupation o ON o.code = '6-31-01-03' AND o.catalog_year = (SELECT MAX(catalog_year) FROM occupation WHERE code = '6-31-01-03')
WHERE EXISTS (SELECT 1 FROM enrolment WHERE id = k.e);

INSERT IGNORE INTO payout_account (id, worker_account_id, account_name, bank_name, number_enc, number_masked, updated_at, updated_by) VALUES
(9751, 9101, '张建国', '中国农业银行吉林船营支行', 'CyoeM1AGXflBU1rGexgfbEb9qcGsvPyFsH2GZoKtBSP+wqQdSoSvuc+q9CIocec=', '6228***********0001', NOW(3), '13800000001');

INSERT IGNORE INTO subsidy_claim (id, type, state, payee_type, worker_account_id, region_code, region_path, organisation_id, class_id, enrolment_id, certificate_id, certificate_kind, occupation_id, occupation_code, level, category, learner_status, amount, amount_explanation, rule_results, claim_year, filed_by, filed_by_name, created_at, submitted_at, version)
SELECT 9801, 'TRAINING', 'SUBMITTED', 'LEARNER', 9101, '220204', '220000/220200/220204/', 9002, 9304, 9502, 9701, 'TRAINING_COMPLETION', c.occupation_id, '6-31-01-03', NULL,
       'RURAL_TRANSFER', 'EMPLOYED', 650.00,
       '[{"key":"subsidy.amount.rate.default","args":[500.00]},{"key":"subsidy.amount.shortage","args":[0.30,650.00]},{"key":"subsidy.amount.total","args":[650.00]}]',
       '[{"rule":"R1_YEARLY_QUOTA","outcome":"PASSED","args":[]},{"rule":"R2_ONCE_PER_LEVEL","outcome":"PASSED","args":[]},{"rule":"R3_FIRST_ASSESSMENT","outcome":"NOT_APPLICABLE","args":[]},{"rule":"R4_CLAIM_WINDOW","outcome":"PASSED","args":[]},{"rule":"R5_ATTENDANCE","outcome":"PASSED","args":[]},{"rule":"R6_PERSON","outcome":"PASSED","args":[]},{"rule":"R7_PAYEE","outcome":"PASSED","args":[]}]',
       YEAR(CURRENT_DATE), 9101, '13800000001', NOW(3) - INTERVAL 2 DAY, NOW(3) - INTERVAL 2 DAY, 1
FROM certificate c WHERE c.id = 9701;

INSERT IGNORE INTO audit_entry (id, at, actor_account_id, actor_username, action, entity_type, entity_id, organisation_id, region_path, before_json, after_json)
SELECT 9901, NOW(3) - INTERVAL 2 DAY, 9101, '13800000001', 'SUBSIDY_CLAIM_SUBMITTED', 'SubsidyClaim', '9801', 9002, '220000/220200/220204/', NULL,
       '{"state":"SUBMITTED","amount":650.00}'
FROM DUAL WHERE EXISTS (SELECT 1 FROM subsidy_claim WHERE id = 9801);
