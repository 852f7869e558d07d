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
