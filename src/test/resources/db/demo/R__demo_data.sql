-- Demo data for the run command only (mvn -Prun package; skip with -Dskillpass.demo=false).
-- Never packaged in the WAR. Every password is Demo2026. Worker ID numbers are encrypted with the
-- development keys of microprofile-config.properties; with other keys they will not decrypt.
-- Repeatable and idempotent: INSERT IGNORE keyed on the unique columns.

INSERT IGNORE INTO organisation (id, type, name, credit_code, region_code, region_path, contact_phone, active, created_at) VALUES
(9001, 'HR_BUREAU', '吉林市人力资源和社会保障局', '52220200MJ0000001B', '220200', '220000/220200/', '0432-62000000', TRUE, NOW(3)),
(9002, 'INSTITUTION', '吉林市船营区阳光职业技能培训学校', '52220204MJ00000028', '220204', '220000/220200/220204/', '0432-62000001', TRUE, NOW(3)),
(9003, 'INSTITUTION', '安阳市文峰区巧匠职业技能培训中心', '52410502MJ00000037', '410502', '410000/410500/410502/', '0372-5900003', TRUE, NOW(3)),
(9004, 'ASSESSMENT_BODY', '吉林市职业技能鉴定指导中心', '12220200MB0000004A', '220200', '220000/220200/', '0432-62000004', TRUE, NOW(3)),
(9005, 'EMPLOYER', '吉林市江城建筑工程有限公司', '91220202MA00000053', '220202', '220000/220200/220202/', '0432-62000005', TRUE, NOW(3));

INSERT IGNORE INTO account (id, username, password_hash, display_name, organisation_id, locale, active, created_at) VALUES
(9101, '13800000001', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '张建国', NULL, 'zh_CN', TRUE, NOW(3)),
(9102, '13800000002', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '李秀英', NULL, 'zh_CN', TRUE, NOW(3)),
(9103, '13800000003', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '王丽', NULL, 'zh_CN', TRUE, NOW(3)),
(9111, 'demo.institution', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '刘老师', 9002, 'zh_CN', TRUE, NOW(3)),
(9112, 'demo.institution2', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '赵老师', 9003, 'zh_CN', TRUE, NOW(3)),
(9113, 'demo.assessor', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '陈考评员', 9004, 'zh_CN', TRUE, NOW(3)),
(9114, 'demo.employer', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '孙经理', 9005, 'zh_CN', TRUE, NOW(3)),
(9115, 'demo.hr', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '周科长', 9001, 'zh_CN', TRUE, NOW(3)),
(9116, 'demo.admin', 'PBKDF2WithHmacSHA256:120000:024SkIYl7TxZDJNpBOLkhw==:qvnnMmjMpc3x+cyRRndL/AVwPtse/UFXeNBJ08hMMOg=', '平台管理员', NULL, 'zh_CN', TRUE, NOW(3));

INSERT IGNORE INTO account_role (account_id, role) VALUES
(9101, 'WORKER'), (9102, 'WORKER'), (9103, 'WORKER'),
(9111, 'INSTITUTION_STAFF'), (9112, 'INSTITUTION_STAFF'), (9113, 'ASSESSOR'), (9114, 'EMPLOYER'),
(9115, 'HR_OFFICER'), (9116, 'ADMIN');

INSERT IGNORE INTO worker (account_id, real_name, id_type, id_number_enc, id_number_hash, id_number_masked, gender, birth_date, phone, hukou_region_code, created_at) VALUES
(9101, '张建国', 'RESIDENT_ID', 'Ok6/J5P5xby6vDBPEUHi8VYtpr4b6lmaS74nIJ4P5owDswcPn5Tr5Xmxn1/4QQ==', 'cdf4cd322adca05c2bc42462afe731387b46640299ea80fc45701ad196d32bb0', '220***********1230', 'MALE', '1990-03-07', '13800000001', '220202', NOW(3)),
(9102, '李秀英', 'RESIDENT_ID', '/0pecv4lIaV2KJ8Cqtk626EoIlS+cfkji9/uw/CPDb+LhS43V+QPfPILS2qZQQ==', '37fc8cb3836d9e281c6048e34e46cb75bd57e8fd9a6c38e2d84765896fa27dfd', '410***********2468', 'FEMALE', '1985-11-20', '13800000002', '410502', NOW(3)),
(9103, '王丽', 'RESIDENT_ID', '2bPA02SRV5lFj+g5lrgMgqfAL/yqKDZR7h9B2UyVU00GqK1DlO71tozgf4S7mg==', '84c80973428a9d0ee9475105b058f14f1645807c8b66a9b214b28ee1b7bce5b6', '220***********3580', 'FEMALE', '1995-06-15', '13800000003', '220204', NOW(3));

-- Courses and classes of the two institutions: filed classes starting soon (dates relative to the day
-- the demo data is loaded), one draft, and an open employer order.
INSERT IGNORE INTO course (id, institution_id, kind, occupation_id, level, title, training_type, delivery_mode, theory_hours, practical_hours, cost, description, active, created_at)
SELECT 9201, 9002, 'OCCUPATION_LEVEL', o.id, 5, '养老护理员（五级）', 'EMPLOYMENT_SKILLS', 'ON_SITE', 40, 80, 1200.00, '老年人生活照料、基础护理、康复服务，实操为主。', TRUE, NOW(3)
FROM occupation o WHERE o.code = '4-10-01-05' ORDER BY o.catalog_year DESC LIMIT 1;
INSERT IGNORE INTO course (id, institution_id, kind, occupation_id, level, title, training_type, delivery_mode, theory_hours, practical_hours, cost, description, active, created_at)
SELECT 9202, 9002, 'OCCUPATION_LEVEL', o.id, 5, '电工（五级）', 'EMPLOYMENT_SKILLS', 'ON_SITE', 60, 100, 1800.00, '低压电工作业，取证上岗。', TRUE, NOW(3)
FROM occupation o WHERE o.code = '6-31-01-03' ORDER BY o.catalog_year DESC LIMIT 1;
INSERT IGNORE INTO course (id, institution_id, kind, occupation_id, level, title, training_type, delivery_mode, theory_hours, practical_hours, cost, description, active, created_at)
SELECT 9203, 9003, 'OCCUPATION_LEVEL', o.id, 4, '中式烹调师（四级）', 'ON_THE_JOB_UPGRADE', 'VILLAGE', 30, 90, 1500.00, '送学下乡：在村委会培训点授课。', TRUE, NOW(3)
FROM occupation o WHERE o.code = '4-03-02-01' ORDER BY o.catalog_year DESC LIMIT 1;

INSERT IGNORE INTO training_class (id, course_id, institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, assessment_plan, state, filed_at, created_at)
SELECT 9301, 9201, 9002, '220204', '220000/220200/220204/', '养老护理员五级第1期', CURRENT_DATE + INTERVAL 10 DAY, CURRENT_DATE + INTERVAL 40 DAY, '船营区职业技能实训基地（吉林大街88号）', FALSE, 30, 1, '刘老师，王老师', '理论40学时，实操80学时', '理论考试+实操考核', 'FILED', NOW(3), NOW(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM course WHERE id = 9201);
INSERT IGNORE INTO training_class (id, course_id, institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, assessment_plan, state, created_at)
SELECT 9302, 9202, 9002, '220204', '220000/220200/220204/', '电工五级第3期（草稿）', CURRENT_DATE + INTERVAL 21 DAY, CURRENT_DATE + INTERVAL 60 DAY, '船营区职业技能实训基地', FALSE, 40, 0, '赵老师', NULL, NULL, 'DRAFT', NOW(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM course WHERE id = 9202);
INSERT IGNORE INTO training_class (id, course_id, institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, assessment_plan, state, filed_at, created_at)
SELECT 9303, 9203, 9003, '410502', '410000/410500/410502/', '中式烹调师四级（送学下乡）', CURRENT_DATE + INTERVAL 8 DAY, CURRENT_DATE + INTERVAL 30 DAY, '文峰区某村委会培训点', FALSE, 25, 0, '马师傅', '理论30学时，实操90学时', '实操考核为主', 'FILED', NOW(3), NOW(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM course WHERE id = 9203);

INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9401, 9301, TIMESTAMP(CURRENT_DATE + INTERVAL 10 DAY, '09:00'), TIMESTAMP(CURRENT_DATE + INTERVAL 10 DAY, '12:00'), '职业道德与安全', 'THEORY' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9301);
INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9402, 9301, TIMESTAMP(CURRENT_DATE + INTERVAL 11 DAY, '09:00'), TIMESTAMP(CURRENT_DATE + INTERVAL 11 DAY, '16:00'), '生活照料实操', 'PRACTICAL' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9301);
INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9403, 9303, TIMESTAMP(CURRENT_DATE + INTERVAL 8 DAY, '14:00'), TIMESTAMP(CURRENT_DATE + INTERVAL 8 DAY, '17:00'), '刀工基础', 'PRACTICAL' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9303);

INSERT IGNORE INTO enrolment (id, class_id, worker_account_id, state, category, learner_status, applied_at, confirmed_at, added_by)
SELECT 9501, 9301, 9103, 'CONFIRMED', 'RURAL_TRANSFER', 'UNEMPLOYED', NOW(3), NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9301);

INSERT IGNORE INTO training_order (id, employer_id, region_code, region_path, occupation_id, level, headcount, wage_offered, skill_requirements, deadline, hiring_commitment, state, created_at)
SELECT 9601, 9005, '220202', '220000/220200/220202/', o.id, 5, 20, 4800.00, '能识读简单电路图，掌握低压配电安装，持证上岗。', CURRENT_DATE + INTERVAL 60 DAY, '考核合格者全部录用，签订一年以上劳动合同，缴纳社保。', 'OPEN', NOW(3)
FROM occupation o WHERE o.code = '6-31-01-03' ORDER BY o.catalog_year DESC LIMIT 1;

-- A completed electrician class of the institution with two learners who attended every session; 张建国
-- already holds its training certificate (its PDF is rendered on first download), 李秀英 has none yet:
-- demo.institution issues it on the class's certificate page (certificate/class.xhtml?id=9304).
INSERT IGNORE INTO training_class (id, course_id, institution_id, region_code, region_path, name, start_date, end_date, venue, online, capacity, confirmed_count, teachers, teaching_plan, assessment_plan, state, filed_at, created_at)
SELECT 9304, 9202, 9002, '220204', '220000/220200/220204/', '电工五级第2期', CURRENT_DATE - INTERVAL 40 DAY, CURRENT_DATE - INTERVAL 5 DAY, '船营区职业技能实训基地', FALSE, 30, 2, '赵老师', '理论60学时，实操100学时', '理论考试与实操考核', 'COMPLETED', NOW(3), NOW(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM course WHERE id = 9202);
INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9404, 9304, TIMESTAMP(CURRENT_DATE - INTERVAL 40 DAY, '09:00'), TIMESTAMP(CURRENT_DATE - INTERVAL 40 DAY, '12:00'), '电工基础与安全用电', 'THEORY' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);
INSERT IGNORE INTO class_session (id, class_id, starts_at, ends_at, topic, kind)
SELECT 9405, 9304, TIMESTAMP(CURRENT_DATE - INTERVAL 39 DAY, '09:00'), TIMESTAMP(CURRENT_DATE - INTERVAL 39 DAY, '17:00'), '低压配电安装实操', 'PRACTICAL' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);
INSERT IGNORE INTO enrolment (id, class_id, worker_account_id, state, category, learner_status, applied_at, confirmed_at, ended_at, added_by)
SELECT 9502, 9304, 9101, 'COMPLETED', 'RURAL_TRANSFER', 'EMPLOYED', NOW(3), NOW(3), NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);
INSERT IGNORE INTO enrolment (id, class_id, worker_account_id, state, category, learner_status, applied_at, confirmed_at, ended_at, added_by)
SELECT 9503, 9304, 9102, 'COMPLETED', 'RURAL_TRANSFER', 'UNEMPLOYED', NOW(3), NOW(3), NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM training_class WHERE id = 9304);
INSERT IGNORE INTO check_in (id, session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by)
SELECT 9701, 9404, 9304, 9502, 9101, 'ROLL_CALL', NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM enrolment WHERE id = 9502);
INSERT IGNORE INTO check_in (id, session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by)
SELECT 9702, 9405, 9304, 9502, 9101, 'ROLL_CALL', NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM enrolment WHERE id = 9502);
INSERT IGNORE INTO check_in (id, session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by)
SELECT 9703, 9404, 9304, 9503, 9102, 'ROLL_CALL', NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM enrolment WHERE id = 9503);
INSERT IGNORE INTO check_in (id, session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by)
SELECT 9704, 9405, 9304, 9503, 9102, 'ROLL_CALL', NOW(3), 'demo.institution' FROM DUAL WHERE EXISTS (SELECT 1 FROM enrolment WHERE id = 9503);
-- the serial of the number below is taken from its series, so later certificates continue at 2
INSERT IGNORE INTO certificate_serial (series, last_serial) VALUES (CONCAT('PX229002', DATE_FORMAT(CURRENT_DATE, '%y')), 1);
INSERT IGNORE INTO certificate (id, number, type, state, source, origin_key, worker_account_id, holder_name, id_type, id_masked, occupation_id, occupation_code, occupation_name, work_type, level, issuer_id, issuer_name, region_path, issued_on, enrolment_id, class_id, template_id, created_at)
SELECT 9801, CONCAT('PX229002', DATE_FORMAT(CURRENT_DATE, '%y'), '00000001'), 'TRAINING_COMPLETION', 'VALID', 'CLASS', 'enrolment:9502', 9101, '张建国', 'RESIDENT_ID', '220***********1230', o.id, o.code, o.name_zh, '--', NULL, 9002, '吉林市船营区阳光职业技能培训学校', '220000/220200/220204/', CURRENT_DATE, 9502, 9304, t.id, NOW(3)
FROM course c JOIN occupation o ON o.id = c.occupation_id JOIN certificate_template t ON t.type = 'TRAINING_COMPLETION' AND t.active
WHERE c.id = 9202 AND EXISTS (SELECT 1 FROM enrolment WHERE id = 9502);
-- Annual training targets (培训人次目标) of the pilot cities for this year and the next (reporting dashboards).
INSERT INTO report_target (region_code, year, person_times, updated_at, updated_by)
VALUES ('220200', YEAR(CURRENT_DATE), 17000, NOW(3), 'demo'), ('410500', YEAR(CURRENT_DATE), 25000, NOW(3), 'demo'),
       ('220200', YEAR(CURRENT_DATE) + 1, 17000, NOW(3), 'demo'), ('410500', YEAR(CURRENT_DATE) + 1, 25000, NOW(3), 'demo')
ON DUPLICATE KEY UPDATE person_times = person_times;
