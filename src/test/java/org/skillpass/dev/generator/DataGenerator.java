package org.skillpass.dev.generator;

import org.flywaydb.core.Flyway;
import org.skillpass.certificate.domain.CertificateNumber;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.dev.Databases;
import org.skillpass.reporting.infrastructure.Sql;
import org.skillpass.reporting.infrastructure.SummaryRebuild;
import org.skillpass.shared.domain.IdNumber;
import org.skillpass.shared.infrastructure.FieldCipher;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates a realistic, province-sized SkillPass dataset into a database the caller chooses, through a
 * bulk path: explicit ids, batched multi-row inserts ({@code useBulkStmts=true}) over several connections
 * with autocommit off and foreign-key checks off for the session (integrity holds by construction), then
 * rebuilds the reporting summaries ({@link SummaryRebuild}). Everything is derived from a seed, so a scale
 * and a seed always give the same data.
 *
 * <p>What it writes (full scale): 1 million workers (account, role, worker with an encrypted, valid resident ID
 * number), 3 million enrolments in about 100,000 classes of about 2,000 institutions across the regions of
 * V2 (2 provinces, 4 cities, 14 counties) from January 2024 to two months ahead; class sessions; locked
 * assessment sessions with candidates; about 1 million certificates (skill-level and special-ability from
 * passes, training certificates of other courses) with numbers in their real series; employer orders with
 * hiring decisions; 6-month follow-ups; 500,000 subsidy claims in every state with consistent timestamps;
 * attendance flags; annual targets per region; HR officer logins {@code bench.hr.<region code>} and
 * {@code bench.admin} with password {@link #PASSWORD}. Not written: check-ins and assessment panels (no
 * dashboard reads them).
 *
 * <p>Entry points for other tools (the benchmark suite): {@link #generate(SummaryRebuild.Connections, Scale, Options)};
 * command line: {@code mvn -Pgenerate verify -Dgenerate.scale=full} (see README).
 */
public final class DataGenerator {

    public static final String PASSWORD = "Bench2026";
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int BATCH = 2000;
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华红玉兰飞鹏辉建国建华志强海燕春梅晓东宇浩然子涵欣怡梓轩雨桐")
            .split("");

    /** What to generate and how. */
    public record Options(long seed, int threads, LocalDate today, String utcOffset) {
        public static Options defaults() {
            return new Options(20260701L, 3, LocalDate.now(), "+08:00");
        }
    }

    /** Rows written per table, seconds for the data and for the summaries, and rows per second of the data. */
    public record Result(Map<String, Long> rows, double dataSeconds, Map<String, Double> summarySeconds) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public double rowsPerSecond() {
            return totalRows() / dataSeconds;
        }
    }

    private record Place(String code, String path, String level, String name) {
        String province() {
            return path.substring(0, 2);
        }

        String city() {
            String[] p = path.split("/");
            return p.length >= 2 ? p[0] + "/" + p[1] + "/" : path;
        }
    }

    private record Occupation(long id, String code, String name, int[] levels) {
    }

    private record Course(long id, String kind, Occupation occupation, Integer level, String type, String mode, int hours) {
    }

    private record Org(long id, String name, Place place, long staffAccount, List<Course> courses) {
        String bodyCode() {
            return String.format("%04d", id % 10000);
        }
    }

    private final SummaryRebuild.Connections db;
    private final Scale scale;
    private final Options options;
    private final FieldCipher cipher = new FieldCipher("c2tpbGxwYXNzLWRldi1maWVsZC1rZXktMzItYnl0ZXM=",
            "c2tpbGxwYXNzLWRldi1pbmRleC1rZXktMzItYnl0ZXM=");
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> serials = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> ids = new HashMap<>();
    private final Map<String, Double> phases = new LinkedHashMap<>();

    private List<Place> counties;
    private List<Place> cities;
    private List<Place> all;
    private List<Occupation> occupations;
    private List<Org> institutions;
    private Map<String, List<Org>> bodiesByCity;
    private Map<String, List<Org>> employersByCity;
    private long firstWorkerAccount;
    private String passwordHash;
    private double pAssessed;
    private double pTrainingClaim;

    private DataGenerator(SummaryRebuild.Connections db, Scale scale, Options options) {
        this.db = db;
        this.scale = scale;
        this.options = options;
    }

    /** Migrates the database (Flyway, as the application does) and fills it; the summaries are rebuilt at the end. */
    public static Result generate(SummaryRebuild.Connections db, Scale scale, Options options) throws Exception {
        return new DataGenerator(db, scale, options).run();
    }

    /** Migrates a database with the application's migrations (no demo data). */
    public static void migrate(String url, String user, String password) {
        flyway(url, user, password).migrate();
    }

    /**
     * For a scratch database generated by an earlier build (benchmarks reusing a dataset): accepts changed
     * checksums of applied migrations (Flyway repair), then migrates. Never for a real database.
     */
    public static void repairAndMigrate(String url, String user, String password) {
        Flyway f = flyway(url, user, password);
        f.repair();
        f.migrate();
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure(DataGenerator.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").validateMigrationNaming(true)
                .javaMigrations(new org.skillpass.certificate.infrastructure.V8_1__CertificateTemplates())
                .load();
    }

    private Result run() throws Exception {
        long t0 = System.nanoTime();
        prepare();
        reference();
        organisations();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> work = new ArrayList<>();
            int t = options.threads();
            for (int i = 0; i < t; i++) {
                int part = i;
                work.add(pool.submit(() -> {
                    workers((long) scale.workers() * part / t, (long) scale.workers() * (part + 1) / t);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            phases.put("workers", (System.nanoTime() - t0) / 1e9);
            work.clear();
            for (int i = 0; i < t; i++) {
                int part = i;
                work.add(pool.submit(() -> {
                    classes((long) scale.classes() * part / t, (long) scale.classes() * (part + 1) / t);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        serialsAndCounters();
        double dataSeconds = (System.nanoTime() - t0) / 1e9;
        phases.put("all data", dataSeconds);
        System.out.println("[generate] phases (s since start): " + phases);
        Map<String, Double> summary = SummaryRebuild.rebuild(db, options.today(), options.utcOffset(), options.threads());
        targets();
        Map<String, Long> counts = new java.util.TreeMap<>();
        rows.forEach((k, v) -> counts.put(k, v.get()));
        return new Result(counts, dataSeconds, summary);
    }

    // ---------------------------------------------------------------- setup

    private void prepare() throws Exception {
        try (Connection c = db.open()) {
            Sql sql = Sql.of(c);
            for (String table : List.of("account", "organisation", "course", "training_class", "class_session", "enrolment",
                    "training_order", "assessment_session", "candidate", "certificate", "hire_decision", "employment_follow_up",
                    "subsidy_claim", "attendance_flag")) {
                ids.put(table, new AtomicLong(Sql.num(sql.rows("SELECT COALESCE(MAX(id), 0) FROM " + table).get(0)[0]) + 1));
            }
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 1024, 256)).getEncoded();
        passwordHash = "PBKDF2WithHmacSHA256:1024:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
        // expected completed learners ≈ 0.94 of classes over · 0.9 completing; calibrate certificates and claims to the scale
        double completed = scale.enrolments() * 0.94 * 0.9;
        double assessable = 0.85;
        pAssessed = clamp((scale.certificates() * 1.05 / completed - 0.15 * 0.7) / (assessable * 0.8), 0.05, 0.95);
        double certificates = completed * (assessable * pAssessed * 0.8 + 0.15 * 0.7);
        double skill = completed * assessable * pAssessed * 0.8;
        pTrainingClaim = clamp((scale.claims() * 1.06 - skill * 0.3 - completed * 0.03) / certificates, 0.02, 1.0);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private long nextId(String table) {
        return ids.get(table).getAndIncrement();
    }

    private long nextIds(String table, long n) {
        return ids.get(table).getAndAdd(n);
    }

    private void count(String table, long n) {
        rows.computeIfAbsent(table, k -> new AtomicLong()).addAndGet(n);
    }

    private void reference() throws Exception {
        try (Connection c = db.open()) {
            Sql sql = Sql.of(c);
            all = sql.rows("SELECT code, path, level, name_zh FROM region ORDER BY path").stream()
                    .map(r -> new Place((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
            counties = all.stream().filter(p -> p.level().equals("COUNTY")).toList();
            cities = all.stream().filter(p -> p.level().equals("CITY")).toList();
            occupations = sql.rows("SELECT id, code, name_zh, levels FROM occupation WHERE catalog_year = "
                    + "(SELECT MAX(year) FROM catalog_version) ORDER BY id").stream().map(r -> new Occupation(Sql.num(r[0]),
                    (String) r[1], (String) r[2], java.util.Arrays.stream(((String) r[3]).split(",")).mapToInt(Integer::parseInt).toArray()))
                    .toList();
        }
    }

    // ---------------------------------------------------------------- organisations, staff, courses

    private void organisations() throws Exception {
        SplittableRandom rnd = new SplittableRandom(options.seed());
        LocalDateTime created = FIRST_DAY.minusMonths(6).atTime(9, 0);
        try (Connection c = db.open()) {
            bulkSession(c);
            try (Bulk org = new Bulk(c, "organisation", BATCH, "id", "type", "name", "region_code", "region_path", "active", "created_at");
                 Bulk account = new Bulk(c, "account", BATCH, "id", "username", "password_hash", "display_name", "organisation_id",
                         "locale", "active", "created_at");
                 Bulk role = new Bulk(c, "account_role", BATCH, "account_id", "role");
                 Bulk course = new Bulk(c, "course", BATCH, "id", "institution_id", "kind", "occupation_id", "level", "title",
                         "training_type", "delivery_mode", "theory_hours", "practical_hours", "cost", "active", "created_at")) {
                // HR bureaus with an officer per region, and an admin
                for (Place p : all) {
                    long id = nextId("organisation");
                    org.row(id, "HR_BUREAU", p.name() + "人力资源和社会保障局", p.code(), p.path(), true, created);
                    long a = nextId("account");
                    account.row(a, "bench.hr." + p.code(), passwordHash, p.name() + "人社局统计员", id, "zh_CN", true, created);
                    role.row(a, "HR_OFFICER");
                }
                long admin = nextId("account");
                account.row(admin, "bench.admin", passwordHash, "平台管理员", null, "zh_CN", true, created);
                role.row(admin, "ADMIN");

                institutions = new ArrayList<>();
                for (int i = 0; i < scale.institutions(); i++) {
                    Place p = rnd.nextInt(10) == 0 ? cities.get(rnd.nextInt(cities.size())) : counties.get(rnd.nextInt(counties.size()));
                    long id = nextId("organisation");
                    String name = p.name() + INSTITUTION_NAMES[rnd.nextInt(INSTITUTION_NAMES.length)] + (i + 1) + "号";
                    org.row(id, "INSTITUTION", name, p.code(), p.path(), true, created);
                    long staff = nextId("account");
                    account.row(staff, "gen.staff." + id, passwordHash, "教务员" + (i + 1), id, "zh_CN", true, created);
                    role.row(staff, "INSTITUTION_STAFF");
                    List<Course> courses = new ArrayList<>();
                    for (int k = 0; k < 5; k++) {
                        Course cr = course(rnd, nextId("course"));
                        courses.add(cr);
                        course.row(cr.id(), id, cr.kind(), cr.occupation() == null ? null : cr.occupation().id(), cr.level(),
                                (cr.occupation() == null ? KIND_TITLES.get(cr.kind()) : cr.occupation().name()
                                        + (cr.level() == null ? "专项能力" : cr.level() + "级")) + "培训",
                                cr.type(), cr.mode(), cr.hours() / 3, cr.hours() - cr.hours() / 3,
                                new BigDecimal(600 + rnd.nextInt(20) * 100), true, created);
                    }
                    institutions.add(new Org(id, name, p, staff, courses));
                }
                bodiesByCity = new HashMap<>();
                for (Place city : cities) {
                    for (int i = 0; i < scale.bodiesPerCity(); i++) {
                        long id = nextId("organisation");
                        String name = city.name() + "职业技能鉴定中心" + (i == 0 ? "" : (i + 1) + "分中心");
                        org.row(id, "ASSESSMENT_BODY", name, city.code(), city.path(), true, created);
                        long lead = 0;
                        for (int k = 0; k < 5; k++) {
                            long a = nextId("account");
                            account.row(a, "gen.assessor." + id + "." + k, passwordHash, "考评员" + k, id, "zh_CN", true, created);
                            role.row(a, "ASSESSOR");
                            if (k == 0) {
                                lead = a;
                            }
                        }
                        bodiesByCity.computeIfAbsent(city.path(), x -> new ArrayList<>()).add(new Org(id, name, city, lead, List.of()));
                    }
                }
                employersByCity = new HashMap<>();
                for (int i = 0; i < scale.employers(); i++) {
                    Place p = counties.get(rnd.nextInt(counties.size()));
                    long id = nextId("organisation");
                    String name = p.name() + EMPLOYER_NAMES[rnd.nextInt(EMPLOYER_NAMES.length)] + (i + 1) + "公司";
                    org.row(id, "EMPLOYER", name, p.code(), p.path(), true, created);
                    long a = nextId("account");
                    account.row(a, "gen.employer." + id, passwordHash, "人事经理" + (i + 1), id, "zh_CN", true, created);
                    role.row(a, "EMPLOYER");
                    employersByCity.computeIfAbsent(p.city(), x -> new ArrayList<>()).add(new Org(id, name, p, a, List.of()));
                }
                count("organisation", org.rows());
                count("account", account.rows());
                count("account_role", role.rows());
                count("course", course.rows());
            }
            c.commit();
        }
        firstWorkerAccount = nextIds("account", scale.workers());
        names = new String[scale.workers()];
        masked = new String[scale.workers()];
    }

    private static final String[] INSTITUTION_NAMES = {"职业技能培训学校", "技工学校", "职业培训中心", "农民工培训基地", "家政服务培训学校",
            "建筑技能实训中心", "电子商务培训学校", "新型职业农民培训学校"};
    private static final String[] EMPLOYER_NAMES = {"建筑工程", "电力安装", "汽车零部件", "物流", "家政服务", "食品加工", "纺织", "物业服务"};
    private static final Map<String, String> KIND_TITLES = Map.of("SAFETY", "安全生产", "ENTREPRENEURSHIP", "创业",
            "URBAN_INTEGRATION", "城市融入");

    private Course course(SplittableRandom rnd, long id) {
        int k = rnd.nextInt(100);
        String kind = k < 75 ? "OCCUPATION_LEVEL" : k < 85 ? "SPECIAL_ABILITY" : k < 90 ? "SAFETY" : k < 95 ? "ENTREPRENEURSHIP"
                : "URBAN_INTEGRATION";
        Occupation o = null;
        Integer level = null;
        if (kind.equals("OCCUPATION_LEVEL") || kind.equals("SPECIAL_ABILITY")) {
            o = occupations.get(rnd.nextInt(occupations.size()));
            if (kind.equals("OCCUPATION_LEVEL")) {
                int[] ls = o.levels();
                int pick = rnd.nextInt(100);
                int want = pick < 45 ? 5 : pick < 80 ? 4 : pick < 95 ? 3 : pick < 99 ? 2 : 1;
                level = ls[0];
                for (int l : ls) {
                    if (l == want) {
                        level = l;
                    }
                }
            }
        }
        int t = rnd.nextInt(100);
        String type = kind.equals("ENTREPRENEURSHIP") ? "ENTREPRENEURSHIP" : level != null && level <= 2 ? "HIGH_SKILL"
                : t < 50 ? "EMPLOYMENT_SKILLS" : t < 60 ? "PRE_EMPLOYMENT" : t < 95 ? "ON_THE_JOB_UPGRADE" : "HIGH_SKILL";
        int m = rnd.nextInt(100);
        String mode = m < 55 ? "ON_SITE" : m < 65 ? "MOBILE" : m < 75 ? "VILLAGE" : m < 90 ? "ONLINE" : "ENTERPRISE_POST";
        return new Course(id, kind, o, level, type, mode, 40 + rnd.nextInt(8) * 20);
    }

    /**
     * Foreign-key and unique checks off for this session: rows refer to ids written by other connections in any
     * order, and ids, numbers, phones and ID hashes are unique by construction.
     */
    private static void bulkSession(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
        }
    }

    // ---------------------------------------------------------------- workers

    /** The worker with index i, derived from i alone (the classes and certificates need the same name and ID). */
    private record Person(long accountId, String name, String idNumber, String gender, LocalDate birth, String phone, String hukou) {
    }

    private Person person(long i) {
        boolean male = i % 2 == 0;
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(i % 14600);
        long seq = ((i / 14600) * 2 + (male ? 1 : 0)) % 1000;
        Place hukou = counties.get((int) ((i / 7) % counties.size()));
        StringBuilder b = new StringBuilder(18).append(hukou.code()).append(birth.getYear());
        pad(b, birth.getMonthValue(), 2);
        pad(b, birth.getDayOfMonth(), 2);
        pad(b, seq, 3);
        String first17 = b.toString();
        String id = first17 + IdNumber.checkCharacter(first17);
        long h = (i * 0x9E3779B97F4A7C15L) >>> 11;
        String name = SURNAMES[(int) (h % SURNAMES.length)] + GIVEN[(int) ((h / 101) % GIVEN.length)]
                + ((h / 7) % 3 == 0 ? "" : GIVEN[(int) ((h / 10007) % GIVEN.length)]);
        StringBuilder phone = new StringBuilder(11).append("13");
        pad(phone, i, 9);
        return new Person(firstWorkerAccount + i, name, id, male ? "MALE" : "FEMALE", birth, phone.toString(), hukou.code());
    }

    private static void pad(StringBuilder b, long v, int width) {
        String s = Long.toString(v);
        for (int k = s.length(); k < width; k++) {
            b.append('0');
        }
        b.append(s);
    }

    /** Name and masked ID of every worker, computed once (certificates print them). */
    private String[] names;
    private String[] masked;

    private String nameOf(long i) {
        return names[(int) i];
    }

    private String maskedOf(long i) {
        return masked[(int) i];
    }

    private void workers(long from, long to) throws Exception {
        LocalDateTime created = FIRST_DAY.minusMonths(3).atTime(8, 0);
        try (Connection c = db.open()) {
            bulkSession(c);
            try (Bulk account = new Bulk(c, "account", BATCH, "id", "username", "password_hash", "display_name", "organisation_id",
                    "locale", "active", "created_at");
                 Bulk role = new Bulk(c, "account_role", BATCH, "account_id", "role");
                 Bulk worker = new Bulk(c, "worker", BATCH, "account_id", "real_name", "id_type", "id_number_enc", "id_number_hash",
                         "id_number_masked", "gender", "birth_date", "phone", "hukou_region_code", "created_at")) {
                for (long i = from; i < to; i++) {
                    Person p = person(i);
                    names[(int) i] = p.name();
                    masked[(int) i] = IdNumber.mask(p.idNumber());
                    LocalDateTime at = created.plusMinutes(i % 500_000);
                    account.row(p.accountId(), p.phone(), passwordHash, p.name(), null, "zh_CN", true, at);
                    role.row(p.accountId(), "WORKER");
                    worker.row(p.accountId(), p.name(), "RESIDENT_ID", cipher.encrypt(p.idNumber()), cipher.blindIndex(p.idNumber()),
                            masked[(int) i], p.gender(), p.birth(), p.phone(), p.hukou(), at);
                    if ((i - from) % 20_000 == 19_999) {
                        account.flush();
                        role.flush();
                        worker.flush();
                        c.commit();
                    }
                }
                count("account", account.rows());
                count("account_role", role.rows());
                count("worker", worker.rows());
            }
            c.commit();
        }
    }

    // ---------------------------------------------------------------- classes and everything that happens in them

    /** The writers of one connection for the class tables. */
    private final class ClassWriters implements AutoCloseable {
        final Bulk classes;
        final Bulk sessions;
        final Bulk enrolments;
        final Bulk orders;
        final Bulk asessions;
        final Bulk candidates;
        final Bulk certificates;
        final Bulk hires;
        final Bulk followUps;
        final Bulk claims;
        final Bulk flags;
        final List<Bulk> all;

        ClassWriters(Connection c) throws SQLException {
            classes = new Bulk(c, "training_class", BATCH, "id", "course_id", "institution_id", "region_code", "region_path", "name",
                    "start_date", "end_date", "venue", "online", "capacity", "confirmed_count", "teachers", "teaching_plan",
                    "assessment_plan", "state", "filed_at", "created_at", "order_id", "order_confirmed_at");
            sessions = new Bulk(c, "class_session", BATCH, "id", "class_id", "starts_at", "ends_at", "topic", "kind");
            enrolments = new Bulk(c, "enrolment", BATCH, "id", "class_id", "worker_account_id", "state", "category", "applied_at",
                    "confirmed_at", "ended_at", "added_by", "learner_status");
            orders = new Bulk(c, "training_order", BATCH, "id", "employer_id", "region_code", "region_path", "occupation_id", "level",
                    "headcount", "wage_offered", "skill_requirements", "deadline", "hiring_commitment", "state", "institution_id",
                    "accepted_at", "created_at");
            asessions = new Bulk(c, "assessment_session", BATCH, "id", "body_id", "region_path", "occupation_id", "level", "mode", "site",
                    "held_on", "theory_rooms", "fee", "results_state", "submitted_at", "locked_at", "locked_by", "created_at", "created_by");
            candidates = new Bulk(c, "candidate", BATCH, "id", "session_id", "worker_account_id", "enrolment_id", "attempt",
                    "theory_score", "practical_score", "theory_carried", "practical_carried", "panel_review", "result", "fee");
            certificates = new Bulk(c, "certificate", BATCH, "id", "number", "type", "state", "source", "origin_key",
                    "worker_account_id", "holder_name", "id_type", "id_masked", "occupation_id", "occupation_code", "occupation_name",
                    "work_type", "level", "issuer_id", "issuer_name", "region_path", "issued_on", "candidate_id", "enrolment_id",
                    "class_id", "created_at", "revoked_at", "revoked_by", "revoke_reason");
            hires = new Bulk(c, "hire_decision", BATCH, "id", "order_id", "enrolment_id", "worker_account_id", "hired", "start_date",
                    "reason", "decided_at", "decided_by");
            followUps = new Bulk(c, "employment_follow_up", BATCH, "id", "enrolment_id", "class_id", "worker_account_id",
                    "institution_id", "region_path", "checkpoint_months", "recorded_on", "outcome", "source", "recorded_by", "recorded_at");
            claims = new Bulk(c, "subsidy_claim", BATCH, "id", "type", "state", "payee_type", "payee_organisation_id",
                    "worker_account_id", "region_code", "region_path", "organisation_id", "class_id", "enrolment_id", "candidate_id",
                    "certificate_id", "certificate_kind", "occupation_id", "occupation_code", "level", "category", "units", "amount",
                    "claim_year", "filed_by_name", "created_at", "submitted_at", "review_started_at", "decided_at", "decided_by",
                    "reject_reason", "payable_at", "paid_at", "recovered_at", "recovered_amount", "recovery_reason");
            flags = new Bulk(c, "attendance_flag", BATCH, "id", "kind", "class_id", "institution_id", "region_path", "session_id",
                    "worker_account_id", "detail", "created_at", "resolved_at", "resolved_by");
            all = List.of(classes, sessions, enrolments, orders, asessions, candidates, certificates, hires, followUps, claims, flags);
        }

        void flush() throws SQLException {
            for (Bulk b : all) {
                b.flush();
            }
        }

        @Override
        public void close() throws SQLException {
            for (Bulk b : all) {
                b.close();
            }
            count("training_class", classes.rows());
            count("class_session", sessions.rows());
            count("enrolment", enrolments.rows());
            count("training_order", orders.rows());
            count("assessment_session", asessions.rows());
            count("candidate", candidates.rows());
            count("certificate", certificates.rows());
            count("hire_decision", hires.rows());
            count("employment_follow_up", followUps.rows());
            count("subsidy_claim", claims.rows());
            count("attendance_flag", flags.rows());
        }
    }

    private void classes(long from, long to) throws Exception {
        LocalDate today = options.today();
        long span = ChronoUnit.DAYS.between(FIRST_DAY, today.plusDays(60));
        double perClass = (double) scale.enrolments() / scale.classes();
        try (Connection c = db.open()) {
            bulkSession(c);
            try (ClassWriters w = new ClassWriters(c)) {
                for (long k = from; k < to; k++) {
                    SplittableRandom rnd = new SplittableRandom(options.seed() * 1_000_003L + k);
                    oneClass(w, rnd, k, FIRST_DAY.plusDays(rnd.nextLong(span)), perClass);
                    if ((k - from) % 300 == 299) {
                        w.flush();
                        c.commit();
                    }
                }
            }
            c.commit();
        }
    }

    private void oneClass(ClassWriters w, SplittableRandom rnd, long k, LocalDate end, double perClass) throws SQLException {
        LocalDate today = options.today();
        Org inst = institutions.get(rnd.nextInt(institutions.size()));
        Course course = inst.courses().get(rnd.nextInt(inst.courses().size()));
        LocalDate start = end.minusDays(7 + rnd.nextInt(35));
        String state = end.isBefore(today) ? (rnd.nextInt(50) == 0 ? "ARCHIVED" : "COMPLETED")
                : start.isAfter(today) ? "FILED" : "IN_TRAINING";
        boolean done = state.equals("COMPLETED") || state.equals("ARCHIVED");
        long classId = nextId("training_class");
        int size = Math.max(1, (int) Math.round(perClass * (0.6 + rnd.nextDouble() * 0.8)));
        LocalDateTime filed = start.minusDays(10).atTime(10, 0);

        // an employer's order behind some occupation classes (订单式培训)
        Long orderId = null;
        Org employer = null;
        List<Org> employers = employersByCity.get(inst.place().city());
        if ("OCCUPATION_LEVEL".equals(course.kind()) && employers != null && rnd.nextInt(100) < 6) {
            employer = employers.get(rnd.nextInt(employers.size()));
            orderId = nextId("training_order");
            w.orders.row(orderId, employer.id(), employer.place().code(), employer.place().path(), course.occupation().id(), course.level(),
                    size + rnd.nextInt(10), new BigDecimal(3500 + rnd.nextInt(30) * 100), "能独立完成岗位操作", end.plusMonths(2),
                    "考核合格者优先录用", done ? "CLOSED" : "ACCEPTED", inst.id(), filed.minusDays(20), filed.minusDays(40));
        }

        // enrolments
        long[] workers = new long[size];
        String[] states = new String[size];
        long firstEnrolment = nextIds("enrolment", size);
        int seats = 0;
        for (int i = 0; i < size; i++) {
            long wi;
            boolean dup;
            do {
                wi = rnd.nextLong(scale.workers());
                dup = false;
                for (int j = 0; j < i; j++) {
                    if (workers[j] == wi) {
                        dup = true;
                        break;
                    }
                }
            } while (dup);
            workers[i] = wi;
            int r = rnd.nextInt(100);
            LocalDateTime applied = start.minusDays(5 + rnd.nextInt(20)).atTime(8 + rnd.nextInt(10), rnd.nextInt(60));
            LocalDateTime confirmed = applied.plusHours(1);
            LocalDateTime ended = null;
            String s;
            if (done) {
                if (r < 90) {
                    s = "COMPLETED";
                    ended = end.atTime(17, 0);
                    seats++;
                } else if (r < 94) {
                    s = "WITHDRAWN";
                    ended = start.plusDays(rnd.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(start, end)))).atTime(12, 0);
                } else if (r < 96) {
                    s = "WITHDRAWN";
                    ended = start.minusDays(1 + rnd.nextInt(3)).atTime(12, 0);
                } else {
                    s = "DROPPED";
                    confirmed = null;
                    ended = end.atTime(17, 0);
                }
            } else {
                s = r < 96 ? "CONFIRMED" : "WAITLISTED";
                if (s.equals("WAITLISTED")) {
                    confirmed = null;
                } else {
                    seats++;
                }
            }
            states[i] = s;
            w.enrolments.row(firstEnrolment + i, classId, firstWorkerAccount + wi, s, CATEGORIES[rnd.nextInt(CATEGORIES.length)], applied,
                    confirmed, ended, "gen", r == 99 ? "STUDENT" : "UNSPECIFIED");
        }
        int capacity = Math.max(1, seats + rnd.nextInt(10));
        w.classes.row(classId, course.id(), inst.id(), inst.place().code(), inst.place().path(),
                (course.occupation() == null ? KIND_TITLES.get(course.kind()) : course.occupation().name()) + "培训班（第" + (k + 1) + "期）",
                start, end, "ONLINE".equals(course.mode()) ? null : inst.place().name() + "实训基地", "ONLINE".equals(course.mode()),
                capacity, seats, "张老师,李老师", "理论" + course.hours() / 3 + "学时，实操" + (course.hours() - course.hours() / 3) + "学时",
                "理论考试+实操考核", state, filed, filed.minusDays(5), orderId, orderId == null ? null : filed.minusDays(1));
        long firstSession = nextIds("class_session", 4);
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        for (int s = 0; s < 4; s++) {
            LocalDateTime at = start.plusDays(days * s / 4).atTime(s % 2 == 0 ? 9 : 14, 0);
            w.sessions.row(firstSession + s, classId, at, at.plusHours(3), s % 2 == 0 ? "理论讲授" : "实操训练", s % 2 == 0 ? "THEORY" : "PRACTICAL");
        }

        // attendance flags on about 0.5 % of learners, most resolved
        for (int i = 0; i < size; i++) {
            if (!states[i].equals("WAITLISTED") && rnd.nextInt(200) == 0 && !start.isAfter(today)) {
                LocalDateTime at = start.plusDays(1).atTime(20, 0);
                boolean resolved = rnd.nextInt(10) < 7;
                w.flags.row(nextId("attendance_flag"), FLAG_KINDS[rnd.nextInt(FLAG_KINDS.length)], classId, inst.id(), inst.place().path(),
                        null, firstWorkerAccount + workers[i], "generated", at, resolved ? at.plusDays(3) : null, resolved ? "gen" : null);
            }
        }
        if (!done) {
            return;
        }

        boolean assessable = course.occupation() != null;
        Org body = null;
        long session = 0;
        LocalDate heldOn = end.plusDays(1 + rnd.nextInt(14));
        int level = course.level() == null ? 5 : course.level();
        BigDecimal fee = new BigDecimal(150 + rnd.nextInt(16) * 10);
        if (assessable && heldOn.isBefore(today)) {
            List<Org> bodies = bodiesByCity.get(inst.place().city());
            body = bodies.get(rnd.nextInt(bodies.size()));
            session = nextId("assessment_session");
            w.asessions.row(session, body.id(), body.place().path(), course.occupation().id(), level,
                    rnd.nextBoolean() ? "INSTANT" : "ON_SITE", body.place().name() + "鉴定考场", heldOn, 1, fee, "LOCKED",
                    heldOn.atTime(17, 0), heldOn.plusDays(1).atTime(10, 0), "gen", end.atTime(10, 0), body.staffAccount());
        }
        boolean due = !end.plusMonths(6).isAfter(today);
        for (int i = 0; i < size; i++) {
            if (!states[i].equals("COMPLETED")) {
                continue;
            }
            long enrolment = firstEnrolment + i;
            Learner p = new Learner(firstWorkerAccount + workers[i], nameOf(workers[i]), maskedOf(workers[i]));
            Long candidate = null;
            Long certificate = null;
            String certKind = null;
            LocalDate issued = null;
            if (session != 0 && rnd.nextDouble() < pAssessed) {
                candidate = nextId("candidate");
                boolean pass = rnd.nextInt(100) < 80;
                BigDecimal theory = BigDecimal.valueOf(pass ? 600 + rnd.nextInt(380) : 300 + rnd.nextInt(290), 1);
                BigDecimal practical = BigDecimal.valueOf(600 + rnd.nextInt(390), 1);
                w.candidates.row(candidate, session, p.accountId(), enrolment, 1, theory, practical, false, false,
                        level <= 2 ? (pass ? "PASSED" : "NONE") : "NONE", pass ? "PASS" : "FAIL", fee);
                if (pass) {
                    issued = heldOn.plusDays(7).isAfter(today) ? today : heldOn.plusDays(7);
                    certKind = "OCCUPATION_LEVEL".equals(course.kind()) ? "SKILL_LEVEL" : "SPECIAL_ABILITY";
                    certificate = certificate(w, rnd, certKind, p, course, level, body, issued, candidate, enrolment, classId);
                }
            } else if (!assessable && rnd.nextInt(10) < 7) {
                issued = end.plusDays(3).isAfter(today) ? today : end.plusDays(3);
                certKind = "TRAINING_COMPLETION";
                certificate = certificate(w, rnd, certKind, p, course, null, inst, issued, null, enrolment, classId);
            }
            if (orderId != null && rnd.nextInt(10) < 8) {
                boolean hired = rnd.nextInt(100) < 75;
                w.hires.row(nextId("hire_decision"), orderId, enrolment, p.accountId(), hired,
                        hired ? end.plusDays(5 + rnd.nextInt(150)) : null, hired ? null : "未达到岗位要求", end.plusDays(10).atTime(15, 0), "gen");
            }
            if (due && rnd.nextInt(100) < 8) {
                LocalDate on = end.plusMonths(6).plusDays(rnd.nextInt(20));
                if (!on.isAfter(today)) {
                    int o = rnd.nextInt(100);
                    w.followUps.row(nextId("employment_follow_up"), enrolment, classId, p.accountId(), inst.id(), inst.place().path(), 6,
                            on, o < 65 ? "EMPLOYED" : o < 90 ? "NOT_EMPLOYED" : "UNREACHABLE", "INSTITUTION", "gen", on.atTime(16, 0));
                }
            }
            // subsidy claims: training (per certificate), assessment (skill certificates), living allowance
            if (certificate != null && rnd.nextDouble() < pTrainingClaim) {
                boolean institutionPays = rnd.nextInt(10) < 4;
                BigDecimal amount = switch (certKind) {
                    case "SKILL_LEVEL" -> new BigDecimal(new int[]{0, 3000, 3000, 2000, 1500, 1000}[level]);
                    case "SPECIAL_ABILITY" -> new BigDecimal(1000);
                    default -> new BigDecimal(500);
                };
                claim(w, rnd, "TRAINING", institutionPays ? "INSTITUTION" : "LEARNER", institutionPays ? inst.id() : null, p, inst.place(),
                        inst.id(), classId, enrolment, null, certificate, certKind, course, certKind.equals("SKILL_LEVEL") ? level : null,
                        null, amount, issued.plusDays(1 + rnd.nextInt(60)));
            }
            if (certificate != null && !"TRAINING_COMPLETION".equals(certKind) && rnd.nextInt(10) < 3) {
                boolean bodyPays = rnd.nextInt(10) < 7;
                claim(w, rnd, "ASSESSMENT", bodyPays ? "ASSESSMENT_BODY" : "LEARNER", bodyPays ? body.id() : null, p, body.place(),
                        body.id(), classId, enrolment, candidate, certificate, certKind, course, level, null, fee.min(new BigDecimal(300)),
                        issued.plusDays(1 + rnd.nextInt(60)));
            }
            if (rnd.nextInt(100) < 3) {
                int units = (int) Math.min(30, Math.max(5, days));
                claim(w, rnd, "LIVING_ALLOWANCE", "LEARNER", null, p, inst.place(), inst.id(), classId, enrolment, null, null, null, course,
                        null, units, new BigDecimal(units * 50), end.plusDays(2 + rnd.nextInt(30)));
            }
        }
    }

    private static final String[] CATEGORIES = {"RURAL_TRANSFER", "RURAL_TRANSFER", "RURAL_TRANSFER", "REGISTERED_UNEMPLOYED",
            "EMPLOYMENT_DIFFICULTY", "TWO_AFTER_STUDENT", "POVERTY_MONITORED", "ENTERPRISE_EMPLOYEE", "OTHER"};
    private static final String[] FLAG_KINDS = {"OUTSIDE_SESSION", "OVERLAP", "SAME_SECOND", "STUDENT", "PENSIONER"};

    /** A learner as certificates and claims name them. */
    private record Learner(long accountId, String name, String idMasked) {
    }

    private long certificate(ClassWriters w, SplittableRandom rnd, String kind, Learner p, Course course, Integer level, Org issuer,
                             LocalDate issued, Long candidate, long enrolment, long classId) throws SQLException {
        long id = nextId("certificate");
        CertificateType type = CertificateType.valueOf(kind);
        String province = issuer.place().province();
        int year = issued.getYear() % 100;
        String series = type == CertificateType.SKILL_LEVEL
                ? CertificateNumber.skillLevelSeries('S', issuer.bodyCode(), province, "000001", year, level)
                : CertificateNumber.otherSeries(type, issuer.bodyCode(), province, year);
        int serial = serials.computeIfAbsent(series, s -> new AtomicInteger()).incrementAndGet();
        String number = type == CertificateType.SKILL_LEVEL
                ? CertificateNumber.skillLevel('S', issuer.bodyCode(), province, "000001", year, level, serial).value()
                : CertificateNumber.other(type, issuer.bodyCode(), province, year, serial).value();
        boolean revoked = rnd.nextInt(200) == 0;
        w.certificates.row(id, number, kind, revoked ? "REVOKED" : "VALID", candidate == null ? "CLASS" : "ASSESSMENT",
                candidate == null ? "enrolment:" + enrolment : "candidate:" + candidate, p.accountId(), p.name(), "RESIDENT_ID",
                p.idMasked(), course.occupation() == null ? null : course.occupation().id(),
                course.occupation() == null ? null : course.occupation().code(),
                course.occupation() == null ? KIND_TITLES.get(course.kind()) : course.occupation().name(), "--",
                type == CertificateType.SKILL_LEVEL ? level : null, issuer.id(), issuer.name(), issuer.place().path(), issued,
                candidate, enrolment, classId, issued.atTime(11, 0), revoked ? issued.plusDays(30).atTime(9, 0) : null,
                revoked ? "gen" : null, revoked ? "信息有误" : null);
        return id;
    }

    /** A claim created on a day, moved through its states as far as time allows (states chosen by a fixed mix). */
    private void claim(ClassWriters w, SplittableRandom rnd, String type, String payee, Long payeeOrg, Learner p, Place region, long org,
                       long classId, long enrolment, Long candidate, Long certificate, String certKind, Course course, Integer level,
                       Integer units, BigDecimal amount, LocalDate createdOn) throws SQLException {
        LocalDateTime now = options.today().atTime(0, 0);
        LocalDateTime created = createdOn.atTime(9 + rnd.nextInt(8), rnd.nextInt(60));
        if (!created.isBefore(now)) {
            return;
        }
        int r = rnd.nextInt(100);
        String target = r < 60 ? "PAID" : r < 65 ? "PAYABLE" : r < 70 ? "PUBLIC_NOTICE" : r < 75 ? "APPROVED" : r < 85 ? "REJECTED"
                : r < 90 ? "UNDER_REVIEW" : r < 95 ? "SUBMITTED" : r < 98 ? "DRAFT" : "RECOVERED";
        LocalDateTime submitted = created.plusDays(1);
        LocalDateTime review = submitted.plusDays(2);
        LocalDateTime decided = submitted.plusDays(8 + rnd.nextInt(6));
        LocalDateTime payable = decided.plusDays(8);
        LocalDateTime paid = payable.plusDays(5 + rnd.nextInt(10));
        LocalDateTime recovered = paid.plusDays(30 + rnd.nextInt(60));
        List<String> path = switch (target) {
            case "DRAFT" -> List.of("DRAFT");
            case "SUBMITTED" -> List.of("DRAFT", "SUBMITTED");
            case "UNDER_REVIEW" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW");
            case "REJECTED" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "REJECTED");
            case "APPROVED" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED");
            case "PUBLIC_NOTICE" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED", "PUBLIC_NOTICE");
            case "PAYABLE" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED", "PUBLIC_NOTICE", "PAYABLE");
            case "PAID" -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED", "PUBLIC_NOTICE", "PAYABLE", "PAID");
            default -> List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED", "PUBLIC_NOTICE", "PAYABLE", "PAID", "RECOVERED");
        };
        Map<String, LocalDateTime> when = new LinkedHashMap<>();
        when.put("DRAFT", created);
        when.put("SUBMITTED", submitted);
        when.put("UNDER_REVIEW", review);
        when.put("APPROVED", decided);
        when.put("REJECTED", decided);
        when.put("PUBLIC_NOTICE", decided.plusDays(1));
        when.put("PAYABLE", payable);
        when.put("PAID", paid);
        when.put("RECOVERED", recovered);
        String state = "DRAFT";
        for (String s : path) {
            if (when.get(s).isBefore(now)) {
                state = s;
            }
        }
        List<String> reached = path.subList(0, path.indexOf(state) + 1);
        boolean approved = reached.contains("APPROVED");
        w.claims.row(nextId("subsidy_claim"), type, state, payee, payeeOrg, p.accountId(), region.code(), region.path(), org, classId,
                enrolment, candidate, certificate, certKind, course.occupation() == null ? null : course.occupation().id(),
                course.occupation() == null ? null : course.occupation().code(), level, "RURAL_TRANSFER", units, amount,
                reached.contains("SUBMITTED") ? submitted.getYear() : null, "gen", created,
                reached.contains("SUBMITTED") ? submitted : null, reached.contains("UNDER_REVIEW") ? review : null,
                approved || reached.contains("REJECTED") ? decided : null, approved || reached.contains("REJECTED") ? "gen" : null,
                reached.contains("REJECTED") ? "材料不全" : null, reached.contains("PAYABLE") ? payable : null,
                reached.contains("PAID") ? paid : null, reached.contains("RECOVERED") ? recovered : null,
                reached.contains("RECOVERED") ? amount : null, reached.contains("RECOVERED") ? "虚假培训追回" : null);
    }

    // ---------------------------------------------------------------- after the data

    /** Certificate serials continue after the generated ones; auto-increment counters after the explicit ids. */
    private void serialsAndCounters() throws Exception {
        try (Connection c = db.open()) {
            c.setAutoCommit(false);
            try (Bulk s = new Bulk(c, "certificate_serial", BATCH, "series", "last_serial")) {
                for (Map.Entry<String, AtomicInteger> e : serials.entrySet()) {
                    s.row(e.getKey(), e.getValue().get());
                }
            }
            c.commit();
        }
    }

    /** Annual targets of every region: what it trained that year (person-times) times 0.9–1.3, in hundreds. */
    private void targets() throws Exception {
        SplittableRandom rnd = new SplittableRandom(options.seed() + 7);
        try (Connection c = db.open()) {
            c.setAutoCommit(false);
            Sql sql = Sql.of(c);
            for (Place p : all) {
                for (Object[] r : sql.rows("SELECT month DIV 100, SUM(completed) FROM report_training WHERE dim = 'A' AND region_path LIKE ? "
                        + "GROUP BY month DIV 100", p.path() + "%")) {
                    long done = Sql.num(r[1]);
                    long target = Math.max(100, Math.round(done * (0.9 + rnd.nextDouble() * 0.4) / 100.0) * 100);
                    sql.update("INSERT INTO report_target (region_code, year, person_times, updated_at, updated_by) VALUES (?, ?, ?, NOW(3), 'gen') "
                            + "ON DUPLICATE KEY UPDATE person_times = VALUES(person_times)", p.code(), Sql.num(r[0]), target);
                }
            }
            c.commit();
        }
    }

    // ---------------------------------------------------------------- command line

    /**
     * {@code mvn -Pgenerate verify -Dgenerate.scale=full|small|tiny|<fraction> [-Dgenerate.database=skillpass_generated]
     * [-Dgenerate.threads=2] [-Dgenerate.seed=…]}: a fresh database (dropped and created) on the MariaDB at
     * 127.0.0.1:3306 (or SKILLPASS_TEST_DB_URL, or an embedded one), migrated and filled.
     */
    public static void main(String[] args) throws Exception {
        Path buildDir = Path.of(System.getProperty("skillpass.build.dir", "target")).toAbsolutePath();
        Scale scale = Scale.parse(System.getProperty("generate.scale", "small"));
        String database = System.getProperty("generate.database", "skillpass_generated");
        Options o = new Options(Long.getLong("generate.seed", Options.defaults().seed()), Integer.getInteger("generate.threads", 3),
                LocalDate.now(), "+08:00");
        Databases.Target target = Databases.forBench(buildDir, database);
        System.out.println("[generate] " + scale + " into " + target.description());
        migrate(target.url(), target.user(), target.password());
        Result r = generate(() -> DriverManager.getConnection(target.url(), target.user(), target.password()), scale, o);
        print(r);
        System.out.println("[generate] done; run SkillPass on it: SKILLPASS_DB_URL='" + target.url() + "' SKILLPASS_DB_USER=" + target.user()
                + " SKILLPASS_DB_PASSWORD=" + target.password() + " mvn -Prun package -Dskillpass.demo=false; logins bench.hr.<region code> / "
                + PASSWORD);
        if (target.embedded() == null) {
            return;
        }
        target.embedded().stop();
    }

    public static void print(Result r) {
        r.rows().forEach((k, v) -> System.out.printf(Locale.ROOT, "[generate] %-22s %,12d rows%n", k, v));
        System.out.printf(Locale.ROOT, "[generate] data: %,d rows in %.1f s = %,.0f rows/s; summaries: %s%n", r.totalRows(),
                r.dataSeconds(), r.rowsPerSecond(), r.summarySeconds());
    }

    /** The offset of a zone now, e.g. +08:00 for Asia/Shanghai. */
    public static String offset(java.time.ZoneId zone) {
        ZoneOffset o = zone.getRules().getOffset(java.time.Instant.now());
        return o.getId().equals("Z") ? "+00:00" : o.getId();
    }
}
