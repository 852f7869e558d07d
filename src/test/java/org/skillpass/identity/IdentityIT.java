package org.skillpass.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillpass.identity.application.AccountService;
import org.skillpass.identity.application.AuditQueryService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.application.PasswordService;
import org.skillpass.identity.application.RegistrationService;
import org.skillpass.identity.application.WorkerRegistration;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.AuditEntry;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.TestData;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity context against MariaDB on Payara Micro: registration, password hashing, tenant
 * scoping for every role (services and REST API), and the audit log. One deployment for the class.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.skillpass(IdentityIT.class);
    }

    @Inject
    RegistrationService registration;
    @Inject
    OrganisationService organisations;
    @Inject
    AccountService accounts;
    @Inject
    AuditQueryService auditQuery;
    @Inject
    PasswordService passwords;
    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @ArquillianResource
    URL base;

    /** One small world per test: two cities' organisations and one account of every role. */
    static final class World {
        final String tag = TestData.unique("w");
        long hrCity, hrCounty, instA, instB, body, employer;
        String staffA, staffB, assessor, employerStaff, hrCityOfficer, hrCountyOfficer, admin;

        World() throws Exception {
            hrCity = TestData.organisation("HR_BUREAU", "吉林市人社局" + tag, "220200");
            hrCounty = TestData.organisation("HR_BUREAU", "船营区人社局" + tag, "220204");
            instA = TestData.organisation("INSTITUTION", "船营培训学校" + tag, "220204");
            instB = TestData.organisation("INSTITUTION", "安阳培训中心" + tag, "410502");
            body = TestData.organisation("ASSESSMENT_BODY", "吉林市鉴定中心" + tag, "220200");
            employer = TestData.organisation("EMPLOYER", "昌邑建筑公司" + tag, "220202");
            staffA = account("INSTITUTION_STAFF", instA);
            staffB = account("INSTITUTION_STAFF", instB);
            assessor = account("ASSESSOR", body);
            employerStaff = account("EMPLOYER", employer);
            hrCityOfficer = account("HR_OFFICER", hrCity);
            hrCountyOfficer = account("HR_OFFICER", hrCounty);
            admin = account("ADMIN", null);
        }

        private String account(String role, Long org) throws Exception {
            String username = TestData.unique(role.toLowerCase().replace("_", "") + ".");
            TestData.account(username, role + " " + tag, role, org);
            return username;
        }
    }

    World world;

    @BeforeEach
    void createWorld() throws Exception {
        world = new World();
    }

    private Caller as(String username) {
        return CurrentCaller.forUsername(em, username);
    }

    private Set<Long> visibleOrganisations(Caller caller) {
        return organisations.page(caller, new PageRequest(0, 200, null, true, Map.of("name", world.tag)))
                .rows().stream().map(Organisation::getId).collect(Collectors.toSet());
    }

    private WorkerRegistration form(String name, String id, String phone) {
        return new WorkerRegistration(name, id, phone, "abc12345", "abc12345", true, "zh_CN");
    }

    // --- registration -------------------------------------------------------------------------

    @Test
    void registrationStoresTheIdNumberEncryptedAndAudits() throws Exception {
        String id = TestData.idNumber("220204", "19880512", true);
        String phone = TestData.phone();
        Account account = registration.registerWorker(form("张建国", id, phone));

        assertEquals(1, TestData.count("select count(*) from worker where phone = ? and id_number_masked = ?",
                phone, id.substring(0, 3) + "***********" + id.substring(14)));
        assertEquals(0, TestData.count("select count(*) from worker where id_number_enc like ?", "%" + id + "%"));
        assertEquals(1, TestData.count("select count(*) from account_role where account_id = ? and role = 'WORKER'",
                account.getId()));
        assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'WORKER_REGISTERED' "
                + "and entity_id = ? and after_json like '%\"idNumber\"%' and after_json not like ?",
                String.valueOf(account.getId()), "%" + id + "%"));

        Caller self = as(phone);
        AccountService.WorkerProfile own = accounts.workerProfile(self, account.getId());
        assertEquals(id, own.idNumber());
        assertFalse(own.idNumberMasked());
        assertEquals("MALE", own.gender());
    }

    @Test
    void badRegistrationInputIsRefusedWithTheFieldAndNothingIsSaved() throws Exception {
        String phone = TestData.phone();
        String good = TestData.idNumber("220204", "19900101", false);
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Map<WorkerRegistration, String> cases = Map.of(
                form("张三", badCheck, phone), "idnumber.check_digit",
                form("张三", "22020419901301" + "1234", phone), "idnumber.birth_date",
                form("张三", "2202041990010112", phone), "idnumber.length",
                form("张三", good, "1234"), "register.phone.invalid",
                form("张3", good, phone), "register.realName.invalid",
                new WorkerRegistration("张三", good, phone, "abc12345", "abc12346", true, "zh_CN"), "register.password.mismatch",
                new WorkerRegistration("张三", good, phone, "short1", "short1", true, "zh_CN"), "password.length",
                new WorkerRegistration("张三", good, phone, "abc12345", "abc12345", false, "zh_CN"), "register.consent.required");
        cases.forEach((input, key) -> {
            FieldException e = assertThrows(FieldException.class, () -> registration.registerWorker(input));
            assertEquals(key, e.messageKey(), "for " + input);
        });
        assertEquals(0, TestData.count("select count(*) from account where username = ?", phone));
        assertEquals(0, TestData.count("select count(*) from worker where phone = ?", phone));
    }

    @Test
    void aPhoneOrIdNumberRegistersOnlyOnce() throws Exception {
        String id = TestData.idNumber("410502", "19751003", true);
        String phone = TestData.phone();
        registration.registerWorker(form("李四", id, phone));
        FieldException samePhone = assertThrows(FieldException.class,
                () -> registration.registerWorker(form("王五", TestData.idNumber("410502", "19800101", true), phone)));
        assertEquals("register.phone.taken", samePhone.messageKey());
        String otherPhone = TestData.phone();
        FieldException sameId = assertThrows(FieldException.class,
                () -> registration.registerWorker(form("李四", id.toLowerCase(), otherPhone)));
        assertEquals("register.idNumber.taken", sameId.messageKey());
        assertEquals(0, TestData.count("select count(*) from account where username = ?", otherPhone));
    }

    @Test
    void passwordsAreStoredAsSaltedPbkdf2Hashes() throws Exception {
        String a = passwords.hashNew("abc12345");
        String b = passwords.hashNew("abc12345");
        assertTrue(a.startsWith("PBKDF2WithHmacSHA256:120000:"), a);
        assertNotEquals(a, b, "salted");
        assertTrue(passwords.verify("abc12345", a));
        assertFalse(passwords.verify("abc12346", a));
        String phone = TestData.phone();
        registration.registerWorker(form("赵六", TestData.idNumber("220202", "19920202", false), phone));
        assertEquals(0, TestData.count("select count(*) from account where username = ? and password_hash like '%abc12345%'", phone));
        assertEquals(1, TestData.count("select count(*) from account where username = ? and password_hash like 'PBKDF2WithHmacSHA256:%'", phone));
    }

    // --- tenant scoping, one test per role ------------------------------------------------------

    @Test
    void institutionStaffSeeOnlyTheirInstitution() {
        Caller staff = as(world.staffA);
        assertEquals(Set.of(world.instA), visibleOrganisations(staff));
        assertEquals(world.instA, organisations.find(staff, world.instA).getId());
        assertThrows(NotFoundException.class, () -> organisations.find(staff, world.instB));
        List<Account> visible = accounts.page(staff, new PageRequest(0, 200, null, true, Map.of())).rows();
        assertTrue(visible.stream().allMatch(a -> Long.valueOf(world.instA).equals(a.getOrganisationId())), "only own staff");
        assertTrue(visible.stream().noneMatch(a -> a.getUsername().equals(world.staffB)));
        long staffBId = accounts.page(as(world.admin), new PageRequest(0, 1, null, true, Map.of("username", world.staffB)))
                .rows().get(0).getId();
        assertThrows(NotFoundException.class, () -> accounts.find(staff, staffBId));
    }

    @Test
    void assessorsSeeOnlyTheirAssessmentBody() {
        Caller assessor = as(world.assessor);
        assertEquals(Set.of(world.body), visibleOrganisations(assessor));
        assertThrows(NotFoundException.class, () -> organisations.find(assessor, world.instA));
    }

    @Test
    void employersSeeOnlyTheirCompany() {
        Caller employer = as(world.employerStaff);
        assertEquals(Set.of(world.employer), visibleOrganisations(employer));
        assertThrows(NotFoundException.class, () -> organisations.find(employer, world.hrCity));
    }

    @Test
    void hrOfficersSeeTheirRegionAndBelowOnly() {
        Caller city = as(world.hrCityOfficer);
        assertEquals(Set.of(world.hrCity, world.hrCounty, world.instA, world.body, world.employer), visibleOrganisations(city));
        assertThrows(NotFoundException.class, () -> organisations.find(city, world.instB));
        Caller county = as(world.hrCountyOfficer);
        assertEquals(Set.of(world.hrCounty, world.instA), visibleOrganisations(county));
        assertThrows(NotFoundException.class, () -> organisations.find(county, world.body));
        // accounts: the city officer sees staff of the county institution, not of Anyang's
        Set<String> usernames = accounts.page(city, new PageRequest(0, 200, null, true, Map.of("displayName", world.tag)))
                .rows().stream().map(Account::getUsername).collect(Collectors.toSet());
        assertTrue(usernames.contains(world.staffA));
        assertFalse(usernames.contains(world.staffB));
    }

    @Test
    void adminsSeeEverythingAndWorkersNoOrganisations() throws Exception {
        assertEquals(Set.of(world.hrCity, world.hrCounty, world.instA, world.instB, world.body, world.employer),
                visibleOrganisations(as(world.admin)));
        String phone = TestData.phone();
        Account worker = registration.registerWorker(form("孙七", TestData.idNumber("220204", "19990909", true), phone));
        Caller w = as(phone);
        assertThrows(AccessDeniedException.class, () -> organisations.page(w, PageRequest.first(10)));
        assertThrows(AccessDeniedException.class, () -> auditQuery.page(w, PageRequest.first(10)));
        assertEquals(Set.of(worker.getId()), accounts.page(w, PageRequest.first(50)).rows().stream()
                .map(Account::getId).collect(Collectors.toSet()));
        AccountService.WorkerProfile seenByHr = accounts.workerProfile(as(world.hrCityOfficer), worker.getId());
        assertTrue(seenByHr.idNumberMasked());
        assertTrue(seenByHr.idNumber().contains("*"));
        assertThrows(NotFoundException.class, () -> accounts.workerProfile(as(world.staffA), worker.getId()));
        assertThrows(AccessDeniedException.class, () -> organisations.page(Caller.anonymous(), PageRequest.first(10)));
    }

    // --- admin changes and their audit ----------------------------------------------------------

    @Test
    void adminChangesAreAuditedWithBeforeAndAfterAndScoped() throws Exception {
        Caller admin = as(world.admin);
        String credit = TestData.creditCode();
        Organisation org = organisations.create(admin, new OrganisationService.NewOrganisation(OrganisationType.INSTITUTION,
                "新建学校" + world.tag, credit, "220204", "0432-1"));
        organisations.setActive(admin, org.getId(), false);
        Account staff = accounts.createStaff(admin, new AccountService.NewStaffAccount(org.getId(),
                TestData.unique("new.staff."), "新员工", "abc12345"));
        assertTrue(staff.hasRole(org.getType().staffRole()));

        List<AuditEntry> entries = auditQuery.page(admin, new PageRequest(0, 50, null, true,
                Map.of("entityType", "Organisation", "entityId", String.valueOf(org.getId())))).rows();
        assertEquals(List.of("ORGANISATION_DEACTIVATED", "ORGANISATION_CREATED"),
                entries.stream().map(AuditEntry::getAction).toList(), "newest first");
        AuditEntry deactivated = entries.get(0);
        assertEquals(world.admin, deactivated.getActorUsername());
        assertTrue(deactivated.getBeforeJson().contains("\"active\":true"), deactivated.getBeforeJson());
        assertTrue(deactivated.getAfterJson().contains("\"active\":false"), deactivated.getAfterJson());

        Map<String, String> byOrg = Map.of("entityId", String.valueOf(org.getId()));
        assertEquals(2, auditQuery.page(as(world.hrCountyOfficer), new PageRequest(0, 50, null, true, byOrg)).total());
        assertEquals(0, auditQuery.page(as(world.staffB), new PageRequest(0, 50, null, true, byOrg)).total());
    }

    @Test
    void onlyAdminsCreateOrganisationsAndBadInputSavesNothing() throws Exception {
        String credit = TestData.creditCode();
        OrganisationService.NewOrganisation form = new OrganisationService.NewOrganisation(OrganisationType.EMPLOYER,
                "越权公司" + world.tag, credit, "220204", null);
        assertThrows(AccessDeniedException.class, () -> organisations.create(as(world.hrCityOfficer), form));
        String badCredit = credit.substring(0, 17) + (credit.charAt(17) == '0' ? '1' : '0');
        FieldException e = assertThrows(FieldException.class, () -> organisations.create(as(world.admin),
                new OrganisationService.NewOrganisation(OrganisationType.EMPLOYER, "坏代码公司", badCredit, "220204", null)));
        assertEquals("creditCode", e.field());
        FieldException region = assertThrows(FieldException.class, () -> organisations.create(as(world.admin),
                new OrganisationService.NewOrganisation(OrganisationType.EMPLOYER, "无地区公司", credit, "999999", null)));
        assertEquals("org.region.unknown", region.messageKey());
        assertEquals(0, TestData.count("select count(*) from organisation where credit_code in (?, ?)", credit, badCredit));
    }

    // --- the REST API, from outside ------------------------------------------------------------

    private HttpResponse<String> get(String path, String username, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @RunAsClient
    void apiTrafficStaysOnLoopback() {
        assertTrue(Set.of("localhost", "127.0.0.1").contains(base.getHost()), base.toString());
    }

    @Test
    @RunAsClient
    void apiNeedsCredentials() throws Exception {
        assertEquals(401, get("api/me", null, null).statusCode());
        HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("nobody:nothing1".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> me = get("api/me", world.staffA, null);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("INSTITUTION_STAFF"), me.body());
    }

    @Test
    @RunAsClient
    void apiIsScopedLikeThePagesWithMessagesInTheCallersLanguage() throws Exception {
        assertEquals(200, get("api/organisations/" + world.instA, world.staffA, null).statusCode());
        HttpResponse<String> other = get("api/organisations/" + world.instB, world.staffA, "zh-CN");
        assertEquals(404, other.statusCode());
        assertTrue(other.body().contains("未找到该记录"), other.body());
        HttpResponse<String> otherEn = get("api/organisations/" + world.instB, world.staffA, "en-US,en;q=0.9");
        assertTrue(otherEn.body().contains("Not found"), otherEn.body());
        HttpResponse<String> list = get("api/organisations?name=" + world.tag, world.hrCountyOfficer, null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"total\":2"), list.body());
        assertFalse(list.body().contains("安阳培训中心"), list.body());
    }

    @Test
    @RunAsClient
    void workersCannotListOrganisationsAndHealthIsReady() throws Exception {
        String phone = TestData.phone();
        TestData.account(phone, "钱八", "WORKER", null);
        assertEquals(403, get("api/organisations", phone, null).statusCode());
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + base.getHost() + ":" + base.getPort() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    /** Signs in through the login page like a browser; returns the session cookie. */
    private String signIn(String username) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher vs = java.util.regex.Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"").matcher(page);
        assertTrue(vs.find(), "view state on the login page");
        String form = "login=login&login%3Anext=&login%3Ausername=" + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + TestData.PASSWORD + "&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode(), "login of " + username);
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(Object::toString).findFirst().orElseThrow();
    }

    /**
     * The session of the login page authenticates /api/* with the caller's roles, also when many sessions call at
     * once (with @AutoApplySession, Payara sometimes dropped the groups under concurrency: 403, payara/Payara#6145);
     * the same cookie opens the signed-in pages, and without it the API answers 401.
     */
    @Test
    @RunAsClient
    void signedInSessionsKeepTheirRolesOnTheApiUnderConcurrentRequests() throws Exception {
        List<String> users = List.of(world.staffA, world.staffB, world.assessor, world.employerStaff, world.hrCityOfficer,
                world.hrCountyOfficer, world.admin);
        List<String> cookies = new java.util.ArrayList<>();
        for (String u : users) {
            cookies.add(signIn(u));
        }
        HttpClient client = HttpClient.newHttpClient();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<String>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 700; i++) {
                int k = i % users.size();
                calls.add(pool.submit(() -> {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "api/me"))
                            .header("Cookie", cookies.get(k)).build(), HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && r.body().contains("\"" + users.get(k) + "\"") ? null
                            : users.get(k) + ": " + r.statusCode() + " " + r.body();
                }));
            }
            List<String> failures = new java.util.ArrayList<>();
            for (var call : calls) {
                if (call.get() != null) {
                    failures.add(call.get());
                }
            }
            assertEquals(List.of(), failures);
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "home.xhtml"))
                .header("Cookie", cookies.get(0)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertEquals(401, client.send(HttpRequest.newBuilder(URI.create(base + "api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
