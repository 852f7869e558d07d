package org.skillpass.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillpass.testsupport.Browser;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.TestData;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User journeys in headless Chromium at phone width, against the real WAR on Payara Micro and
 * MariaDB: a worker registers, signs in and out; an HR officer signs in to a protected page and
 * out; bad input and errors come back in the chosen language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.skillpass();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        browser.screenshot(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
        browser.close();
    }

    private String url(String page) {
        return base.toString() + page;
    }

    private void login(String username, String password) {
        browser.type("#login\\:username", username);
        browser.type("#login\\:password", password);
        browser.clickAndWait("#login\\:submit");
    }

    @Test
    void workerRegistersOnAPhoneSignsInAndOut() throws Exception {
        String phone = TestData.phone();
        String id = TestData.idNumber("220204", "19900512", true);
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

        browser.open(url("register.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("学员实名注册");
        browser.type("#register\\:realName", "张建国");
        browser.type("#register\\:idNumber", wrongCheck);
        browser.type("#register\\:phone", phone);
        browser.type("#register\\:password", "abc12345");
        browser.type("#register\\:passwordRepeat", "abc12345");
        browser.find("#register\\:consent .ui-chkbox-box").click();
        browser.clickAndWait("#register\\:submit");
        assertThat(browser.text("body")).contains("身份证号校验位不正确");
        assertThat(TestData.count("select count(*) from account where username = ?", phone)).isZero();
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        browser.type("#register\\:idNumber", id);
        browser.type("#register\\:password", "abc12345");
        browser.type("#register\\:passwordRepeat", "abc12345");
        if (!browser.find("#register\\:consent .ui-chkbox-box").getAttribute("class").contains("ui-state-active")) {
            browser.find("#register\\:consent .ui-chkbox-box").click();
        }
        browser.clickAndWait("#register\\:submit");
        assertThat(browser.currentUrl()).contains("login.xhtml");
        assertThat(browser.text("body")).contains("注册成功");
        assertThat(browser.find("#login\\:username").getAttribute("value")).isEqualTo(phone);

        browser.type("#login\\:password", "abc12345");
        browser.clickAndWait("#login\\:submit");
        assertThat(browser.currentUrl()).contains("home.xhtml");
        assertThat(browser.text("#workerName")).isEqualTo("张建国");
        assertThat(browser.text("#topbar\\:whoami")).isEqualTo(phone);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        browser.open(url("account/profile.xhtml"));
        assertThat(browser.text("#idNumber")).isEqualTo(id);

        browser.clickAndWait("#topbar\\:logout");
        assertThat(browser.text("#loggedOut")).contains("您已安全退出");
        browser.open(url("home.xhtml"));
        assertThat(browser.currentUrl()).contains("login.xhtml");
    }

    @Test
    void hrOfficerSignsInToAProtectedPageAndOut() throws Exception {
        long bureau = TestData.organisation("HR_BUREAU", TestData.unique("吉林市人社局"), "220200");
        String officer = TestData.unique("hr.");
        TestData.account(officer, "周科长", "HR_OFFICER", bureau);

        browser.open(url("admin/audit.xhtml"));
        assertThat(browser.currentUrl()).contains("login.xhtml").contains("next=");
        login(officer, TestData.PASSWORD);
        assertThat(browser.currentUrl()).contains("admin/audit.xhtml");
        assertThat(browser.text("h1")).isEqualTo("操作日志");

        browser.open(url("home.xhtml"));
        assertThat(browser.text("#roles")).contains("人社部门工作人员");
        assertThat(browser.text("#organisation")).contains("吉林市人社局");
        assertThat(browser.present("#hrCard")).isTrue();
        assertThat(browser.present("#workerCard")).isFalse();

        browser.open(url("admin/accounts.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("无权访问");

        browser.open(url("home.xhtml"));
        browser.clickAndWait("#topbar\\:logout");
        assertThat(browser.currentUrl()).contains("login.xhtml");
        browser.open(url("admin/audit.xhtml"));
        assertThat(browser.currentUrl()).contains("login.xhtml");
    }

    @Test
    void adminCreatesAnInstitutionAndAStaffAccountWhoCanSignIn() throws Exception {
        String admin = TestData.unique("admin.");
        TestData.account(admin, "平台管理员", "ADMIN", null);
        String name = TestData.unique("船营阳光学校");
        String credit = TestData.creditCode();
        String staff = TestData.unique("staff.");

        browser.open(url("admin/organisations.xhtml"));
        login(admin, TestData.PASSWORD);
        assertThat(browser.text("h1")).isEqualTo("机构管理");
        browser.type("#orgForm\\:name", name);
        browser.type("#orgForm\\:creditCode", credit.substring(0, 17) + (credit.charAt(17) == '0' ? '1' : '0'));
        browser.selectOneMenu("orgForm\\:regionCode", "220204");
        browser.find("#orgForm\\:create").click();
        browser.waitForText("#orgForm .ui-message-error");
        assertThat(browser.text("#orgForm")).contains("统一社会信用代码格式或校验位不正确");
        assertThat(TestData.count("select count(*) from organisation where name = ?", name)).isZero();

        browser.type("#orgForm\\:creditCode", credit);
        browser.find("#orgForm\\:create").click();
        browser.waitForText("#messages .ui-messages-info");
        assertThat(browser.text("#messages")).contains("已创建机构");
        long orgId = TestData.count("select id from organisation where name = ? and credit_code = ?", name, credit);
        assertThat(TestData.count("select count(*) from audit_entry where action = 'ORGANISATION_CREATED' and entity_id = ?",
                String.valueOf(orgId))).isEqualTo(1);
        browser.type("#list\\:search", name);
        browser.waitUntil(() -> browser.textContent("#list\\:table_data").contains(name)
                && browser.driver().findElements(org.openqa.selenium.By.cssSelector("#list\\:table_data tr")).size() == 1);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        browser.open(url("admin/accounts.xhtml"));
        browser.type("#accountForm\\:organisation_input", name.substring(0, 8));
        browser.find("#accountForm\\:organisation_panel li[data-item-label='" + name + "']").click();
        browser.type("#accountForm\\:username", staff);
        browser.type("#accountForm\\:displayName", "刘老师");
        browser.type("#accountForm\\:password", "abc12345");
        browser.find("#accountForm\\:create").click();
        browser.waitForText("#messages .ui-messages-info");
        assertThat(browser.text("#messages")).contains("已创建账号");
        assertThat(TestData.count("select count(*) from account a join account_role r on r.account_id = a.id "
                + "where a.username = ? and a.organisation_id = ? and r.role = 'INSTITUTION_STAFF'", staff, orgId)).isEqualTo(1);

        browser.open(url("admin/catalog.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("职业目录");
        browser.type("#list\\:search", "6-31-01-03");
        browser.waitUntil(() -> browser.textContent("#list\\:table_data").contains("电工"));

        browser.clickAndWait("#topbar\\:logout");
        login(staff, "abc12345");
        assertThat(browser.textContent("#organisation")).contains(name);
        assertThat(browser.text("#roles")).contains("培训机构人员");
    }

    @Test
    void workerSearchesEnrolsAndWithdraws() throws Exception {
        String tag = TestData.unique("");
        long institution = TestData.organisation("INSTITUTION", "船营阳光学校" + tag, "220204");
        String className = "养老护理员五级" + tag + "班";
        long classId = TestData.filedClass(institution, "4-10-01-05", className, 20);
        long worker = TestData.worker("张建国");
        String phone = TestData.username(worker);

        browser.open(url("catalog/search.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("查找培训课程");
        browser.type("#criteria\\:occupation", tag);
        browser.selectOneMenu("criteria\\:region", "220200");
        browser.find("#criteria\\:go").click();
        browser.waitUntil(() -> browser.textContent("#results\\:table_data").contains(className));
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        // other tests' classes may be listed too (the whole city): open this one
        browser.clickAndWait("#results\\:table_data a.sp-classlink[href$='id=" + classId + "']");
        assertThat(browser.textContent("h1")).isEqualTo(className);
        assertThat(browser.text("#seatsLeft")).startsWith("20 /");

        browser.clickAndWait("#loginToEnrol");
        login(phone, TestData.PASSWORD);
        assertThat(browser.currentUrl()).contains("catalog/class.xhtml?id=" + classId);
        browser.selectOneMenu("enrolForm\\:category", "登记失业人员");
        browser.clickAndWait("#enrolForm\\:enrol");
        assertThat(browser.text("#messages")).contains("报名成功");
        assertThat(browser.text("#enrolState")).contains("已确认");
        assertThat(browser.text("#seatsLeft")).startsWith("19 /");
        assertThat(TestData.count("select count(*) from enrolment where class_id = ? and worker_account_id = ? and state = 'CONFIRMED' "
                + "and category = 'REGISTERED_UNEMPLOYED'", classId, worker)).isEqualTo(1);

        // in class: the staff's screen shows the rotating QR code; the worker's phone opens what it encodes
        String staff = TestData.unique("staff.");
        TestData.account(staff, "刘老师", "INSTITUTION_STAFF", institution);
        long session = TestData.count("select min(id) from class_session where class_id = ?", classId);
        String checkInUrl;
        try (Browser staffScreen = new Browser()) {
            staffScreen.open(url("enrolment/attendance.xhtml?session=" + session));
            staffScreen.type("#login\\:username", staff);
            staffScreen.type("#login\\:password", TestData.PASSWORD);
            staffScreen.clickAndWait("#login\\:submit");
            assertThat(staffScreen.find("#qrImage").getAttribute("src")).startsWith("data:image/png;base64,");
            checkInUrl = staffScreen.textContent("#qr\\:checkInUrl");
        }
        assertThat(checkInUrl).contains("/enrolment/checkin.xhtml?t=");
        browser.open(checkInUrl);
        assertThat(browser.text("#checkinResult")).isEqualTo("签到成功！");
        browser.open(checkInUrl);
        assertThat(browser.text("#checkinResult")).isEqualTo("您已签到过本次课。");
        browser.open(url("enrolment/checkin.xhtml?t=" + session + ".1.forged"));
        assertThat(browser.present("#checkinFailed")).isTrue();

        browser.open(url("enrolment/mine.xhtml"));
        assertThat(browser.textContent("#list\\:table_data")).contains(className).contains("已确认").contains("3.0");
        browser.find("#list\\:table_data button").click();
        browser.find(".ui-confirmdialog-yes").click();
        browser.waitUntil(() -> browser.textContent("#list\\:table_data").contains("已退出"));
        assertThat(TestData.count("select confirmed_count from training_class where id = ?", classId)).isZero();
    }

    @Test
    void institutionStaffCreateACourseOpenAClassAndFileIt() throws Exception {
        String tag = TestData.unique("");
        long institution = TestData.organisation("INSTITUTION", "船营阳光学校" + tag, "220204");
        String staff = TestData.unique("staff.");
        TestData.account(staff, "刘老师", "INSTITUTION_STAFF", institution);
        String learner = TestData.username(TestData.worker("李秀英"));

        browser.open(url("catalog/courses.xhtml"));
        login(staff, TestData.PASSWORD);
        browser.type("#courseForm\\:occupation_input", "养老护理");
        browser.find("#courseForm\\:occupation_panel li").click();
        browser.type("#courseForm\\:title", "养老护理员（五级）" + tag);
        browser.type("#courseForm\\:theoryHours_input", "40");
        browser.type("#courseForm\\:practicalHours_input", "80");
        browser.type("#courseForm\\:cost_input", "1200");
        browser.find("#courseForm\\:create").click();
        browser.waitForText("#messages .ui-messages-info");
        assertThat(browser.text("#messages")).contains("已创建课程");

        browser.open(url("catalog/classes.xhtml"));
        browser.selectOneMenu("classForm\\:course", "养老护理员（五级）" + tag);
        browser.type("#classForm\\:name", "护理一班" + tag);
        browser.type("#classForm\\:venue", "船营区实训基地");
        browser.type("#classForm\\:teachers", "刘老师");
        browser.type("#classForm\\:teachingPlan", "理论40学时，实操80学时");
        browser.type("#classForm\\:assessmentPlan", "理论考试+实操考核");
        browser.clickAndWait("#classForm\\:create");
        assertThat(browser.currentUrl()).contains("catalog/manage.xhtml");
        assertThat(browser.text("#classState")).isEqualTo("草稿");
        assertThat(browser.textContent("#filingProblems")).contains("花名册").contains("课程安排")
                .doesNotContain("教学计划");

        browser.clickAndWait("#state\\:file");
        assertThat(browser.text("#messages")).contains("开班备案未通过");
        assertThat(browser.text("#classState")).isEqualTo("草稿");

        browser.type("#sessionForm\\:sessionTopic", "职业道德与安全");
        browser.clickAndWait("#sessionForm\\:addSession");
        assertThat(browser.text("#messages")).contains("已添加课程安排");
        browser.type("#rosterForm\\:learner", learner);
        browser.clickAndWait("#rosterForm\\:add");
        assertThat(browser.text("#messages")).contains("已加入花名册");
        assertThat(browser.textContent("#roster\\:table_data")).contains("李秀英");
        assertThat(browser.present("#filingProblems")).isFalse();

        // a roster sheet with a wrong row is refused as a whole, with the row named
        String id = TestData.idNumber("220204", "19880808", true);
        String phone = TestData.phone();
        TestData.workerWithId("赵小红", id, phone);
        java.nio.file.Path bad = rosterFile(new String[]{"赵小红", id, phone, "其他"}, new String[]{"钱多", "123", "138", "其他"});
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#importForm input[type=file]")).sendKeys(bad.toString());
        browser.clickAndWait("#importForm\\:upload");
        assertThat(browser.text("#messages")).contains("未导入任何学员");
        assertThat(browser.textContent("#importForm\\:errors_data")).contains("3").contains("身份证号应为18位");
        assertThat(browser.textContent("#roster\\:table_data")).doesNotContain("赵小红");
        java.nio.file.Path good = rosterFile(new String[]{"赵小红", id, phone, "其他"});
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#importForm input[type=file]")).sendKeys(good.toString());
        browser.clickAndWait("#importForm\\:upload");
        assertThat(browser.text("#messages")).contains("导入成功");
        assertThat(browser.textContent("#roster\\:table_data")).contains("赵小红");

        browser.clickAndWait("#state\\:file");
        assertThat(browser.text("#messages")).contains("开班备案已提交");
        assertThat(browser.text("#classState")).isEqualTo("已备案");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        // roll call for the first session
        browser.clickAndWait("a.sp-attendance");
        assertThat(browser.text("h1")).isEqualTo("考勤");
        assertThat(browser.textContent("#rollCall\\:table_data")).contains("李秀英").contains("未签到");
        browser.find("#rollCall\\:present .ui-chkbox-box").click();
        browser.clickAndWait("#rollCall\\:save");
        assertThat(browser.text("#messages")).contains("新增签到1人");
        assertThat(browser.textContent("#rollCall\\:table_data")).contains("已签到");
        assertThat(TestData.count("select count(*) from check_in c join worker w on w.account_id = c.worker_account_id "
                + "where w.phone = ? and c.method = 'ROLL_CALL'", learner)).isEqualTo(1);
    }

    @Test
    void anEmployerOrdersAnInstitutionAcceptsAndTheEmployerHires() throws Exception {
        String tag = TestData.unique("");
        long company = TestData.organisation("EMPLOYER", "江城建筑" + tag, "220202");
        long institution = TestData.organisation("INSTITUTION", "船营阳光学校" + tag, "220204");
        String employer = TestData.unique("employer.");
        String staff = TestData.unique("staff.");
        TestData.account(employer, "孙经理", "EMPLOYER", company);
        TestData.account(staff, "刘老师", "INSTITUTION_STAFF", institution);

        browser.open(url("enrolment/orders.xhtml"));
        login(employer, TestData.PASSWORD);
        browser.type("#orderForm\\:occupation_input", "养老护理");
        browser.find("#orderForm\\:occupation_panel li").click();
        browser.type("#orderForm\\:headcount_input", "20");
        browser.type("#orderForm\\:wageOffered_input", "4500");
        browser.type("#orderForm\\:skillRequirements", "能独立完成老人日常照护" + tag);
        browser.type("#orderForm\\:hiringCommitment", "考核合格者全部录用");
        browser.clickAndWait("#orderForm\\:place");
        assertThat(browser.text("#messages")).contains("订单已发布");
        assertThat(browser.text("#orderState")).isEqualTo("待承接");
        String orderUrl = browser.currentUrl();
        long orderId = Long.parseLong(orderUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.clickAndWait("#topbar\\:logout");

        browser.open(url("enrolment/orders.xhtml"));
        login(staff, TestData.PASSWORD);
        browser.waitUntil(() -> browser.textContent("#open\\:table_data").contains("养老护理员"));
        browser.open(url("enrolment/order.xhtml?id=" + orderId));
        browser.clickAndWait("#acceptForm\\:accept");
        assertThat(browser.text("#orderState")).isEqualTo("已承接");
        browser.clickAndWait("#topbar\\:logout");

        long trainee = TestData.worker("王丽");
        TestData.completedOrderClass(orderId, institution, trainee);

        browser.open(url("enrolment/order.xhtml?id=" + orderId));
        login(employer, TestData.PASSWORD);
        assertThat(browser.text("#trained")).isEqualTo("1");
        assertThat(browser.text("#hired")).isEqualTo("0");
        browser.type("#hireForm\\:startDate_input", java.time.LocalDate.now().plusDays(7).toString());
        browser.clickAndWait("#hireForm\\:saveHire");
        assertThat(browser.text("#messages")).contains("录用结果已保存");
        assertThat(browser.text("#hired")).isEqualTo("1");
        assertThat(browser.textContent("#trainees_data")).contains("王丽").contains("已录用");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    private static java.nio.file.Path rosterFile(String[]... rows) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("roster", ".xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = wb.createSheet("花名册");
            String[] header = {"姓名", "身份证号", "手机号", "人员类别"};
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void anAssessmentBodyRunsASessionLocksItAndCorrectsAResultWithAReason() throws Exception {
        String tag = TestData.unique("");
        long body = TestData.organisation("ASSESSMENT_BODY", "吉林市鉴定中心" + tag, "220200");
        String[] names = {"陈组长", "考评员乙", "考评员丙", "监考员丁", "监考员戊"};
        String lead = null;
        for (String n : names) {
            String u = TestData.unique("assessor.");
            TestData.account(u, n + tag, "ASSESSOR", body);
            if (lead == null) {
                lead = u;
            }
        }
        String first = TestData.username(TestData.worker("考生甲"));
        String second = TestData.username(TestData.worker("考生乙"));

        browser.open(url("assessment/sessions.xhtml"));
        login(lead, TestData.PASSWORD);
        browser.type("#sessionForm\\:occupation_input", "6-31-01-03");
        browser.find("#sessionForm\\:occupation_panel li").click();
        browser.type("#sessionForm\\:site", "鉴定中心实操车间" + tag);
        browser.type("#sessionForm\\:fee_input", "260");
        browser.clickAndWait("#sessionForm\\:create");
        assertThat(browser.currentUrl()).contains("assessment/session.xhtml");
        assertThat(browser.text("#resultsState")).isEqualTo("录入中");

        for (int i = 1; i < names.length; i++) {
            int before = browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-seat")).size();
            browser.find("#panelForm\\:addSeat").click();
            browser.waitUntil(() -> browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-seat")).size() == before + 1);
        }
        var accounts = browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-seat-account"));
        var duties = browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-seat-duty"));
        for (int i = 0; i < names.length; i++) {
            browser.selectOneMenu(accounts.get(i).getAttribute("id").replace(":", "\\:"), names[i]);
            if (i >= 3) {
                browser.selectOneMenu(duties.get(i).getAttribute("id").replace(":", "\\:"), "理论监考员");
            }
        }
        browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-seat-lead .ui-chkbox-box")).get(0).click();
        browser.clickAndWait("#panelForm\\:savePanel");
        assertThat(browser.text("#messages")).contains("考评组已保存");
        assertThat(browser.present("#staffingProblems")).isFalse();

        for (String phone : new String[]{first, second}) {
            browser.type("#candidateForm\\:candidate", phone);
            browser.clickAndWait("#candidateForm\\:addCandidate");
            assertThat(browser.text("#messages")).contains("考生已登记");
        }
        String[][] scores = {{"80", "75.5"}, {"55", "70"}};
        for (int row = 0; row < 2; row++) {
            int r = row;
            var theory = browser.driver().findElements(org.openqa.selenium.By.cssSelector("input.sp-theory")).get(r);
            theory.clear();
            theory.sendKeys(scores[r][0], org.openqa.selenium.Keys.TAB);
            browser.waitUntil(() -> !browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-result")).get(r).getText().isBlank());
            var practical = browser.driver().findElements(org.openqa.selenium.By.cssSelector("input.sp-practical")).get(r);
            practical.clear();
            practical.sendKeys(scores[r][1], org.openqa.selenium.Keys.TAB);
            String expected = r == 0 ? "合格" : "不合格";
            browser.waitUntil(() -> browser.driver().findElements(org.openqa.selenium.By.cssSelector(".sp-result")).get(r).getText().equals(expected));
        }
        browser.clickAndWait("#state\\:submit");
        assertThat(browser.text("#resultsState")).isEqualTo("已提交");
        browser.clickAndWait("#state\\:lock");
        assertThat(browser.text("#resultsState")).isEqualTo("已锁定");

        browser.selectOneMenu("correctionForm\\:candidate", "考生乙");
        browser.type("#correctionForm\\:theory", "61");
        browser.type("#correctionForm\\:practical", "70");
        browser.type("#correctionForm\\:reason", "理论试卷第5题漏判，复核后更正");
        browser.clickAndWait("#correctionForm\\:correct");
        assertThat(browser.text("#messages")).contains("成绩已更正");
        assertThat(browser.textContent("#corrections_data")).contains("理论试卷第5题漏判，复核后更正");
        assertThat(browser.textContent("#grid\\:table_data")).doesNotContain("不合格");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    @Test
    void anInstitutionIssuesAClassTheWorkerDownloadsAndThePublicVerifies() throws Exception {
        String tag = TestData.unique("");
        long institution = TestData.organisation("INSTITUTION", "吉林市职业培训学校" + tag, "220204");
        String staff = TestData.unique("staff.");
        TestData.account(staff, "刘老师", "INSTITUTION_STAFF", institution);
        long[] workers = {TestData.worker("马小跳"), TestData.worker("夏林果"), TestData.worker("张达")};
        long classId = TestData.completedClass(institution, "OCCUPATION_LEVEL", "4-10-01-05", "养老护理员班" + tag, 4,
                workers, new int[]{4, 4, 4});

        browser.open(url("certificate/class.xhtml?id=" + classId));
        login(staff, TestData.PASSWORD);
        assertThat(browser.text("h1")).contains("养老护理员班" + tag);
        browser.find("#batchForm\\:issueAll").click();
        browser.waitUntil(() -> browser.present("#batchState") && browser.text("#batchState").contains("发证完成"));
        assertThat(browser.text("#batchState")).contains("已发 3").contains("共 3 人");
        browser.waitUntil(() -> browser.driver().findElements(org.openqa.selenium.By.cssSelector("#list\\:table .sp-certnumber")).size() == 3);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        browser.clickAndWait("#topbar\\:logout");

        browser.open(url("certificate/mine.xhtml"));
        login(TestData.username(workers[0]), TestData.PASSWORD);
        String number = browser.text("#list\\:table .sp-certnumber");
        assertThat(number).matches("^PX22\\d{14}$");
        byte[] pdf = download(browser.find(".sp-pdflink").getAttribute("href"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String qr;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("培训合格证书", "马小跳", number);
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 200);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
            qr = new com.google.zxing.MultiFormatReader().decode(bitmap,
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
        }
        assertThat(qr).endsWith("/verify/?n=" + number);
        browser.clickAndWait("#transcriptLink");
        assertThat(browser.text("#holder")).isEqualTo("马小跳");
        assertThat(browser.text("#certificates")).contains(number);
        byte[] transcript = download(browser.find("#pdf").getAttribute("href"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(transcript)) {
            // a long class name wraps inside its table cell, so look for its start and the certificate number
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("终身职业技能培训档案", "养老护理员班", number);
        }
        browser.clickAndWait("#topbar\\:logout");

        browser.open(url("verify/index.xhtml"));
        browser.type("#verifyForm\\:number", number);
        browser.find("#verifyForm\\:verify").click();
        browser.waitForText("#verdictState");
        assertThat(browser.text("#verdictState")).isEqualTo("有效证书");
        assertThat(browser.text("#verdictHolder")).isEqualTo("马*跳");
        assertThat(browser.text("#result")).doesNotContain("马小跳");
        browser.open(url("verify/?n=" + number.substring(0, 10)));
        assertThat(browser.text("body")).contains("证书编号格式不正确");
    }

    /** Fetches a link of the signed-in page with the browser's session cookie. */
    private byte[] download(String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    @Test
    void subsidyJourneyInstitutionFilesOfficerApprovesPublishesAndPaysWorkerSeesStatusAndRefusal() throws Exception {
        String tag = TestData.unique("");
        long institution = TestData.organisation("INSTITUTION", "朝阳区技工学校" + tag, "220104");
        String staff = TestData.unique("staff.");
        TestData.account(staff, "王老师", "INSTITUTION_STAFF", institution);
        String officer = TestData.unique("hr.");
        TestData.account(officer, "人社局审核员", "HR_OFFICER", TestData.organisation("HR_BUREAU", "朝阳区人社局" + tag, "220104"));
        long[] workers = {TestData.worker("韩梅梅"), TestData.worker("李雷"), TestData.worker("林涛")};
        // 5 sessions of 3 hours; 林涛 attended 3 of them (9 of 15 hours, 80 % = 12 needed)
        long classId = TestData.completedClass(institution, "OCCUPATION_LEVEL", "4-10-01-05", "养老护理员班" + tag, 5, workers,
                new int[]{5, 5, 3});
        for (long w : workers) {
            long enrolment = TestData.count("select id from enrolment where class_id = ? and worker_account_id = ?", classId, w);
            org.skillpass.testsupport.SubsidyData.certificate(w, "TRAINING_COMPLETION", "4-10-01-05", null, institution, enrolment,
                    classId, null, java.time.LocalDate.now().minusDays(1));
        }
        long refused = org.skillpass.testsupport.SubsidyData.claim(workers[2], "LIVING_ALLOWANCE", "REJECTED", "220104", institution,
                null, null, java.time.LocalDate.now().getYear(), new java.math.BigDecimal("150.00"));
        org.skillpass.testsupport.SubsidyData.exec("update subsidy_claim set reject_reason = '考勤照片与本人不符，请到培训机构核实' "
                + "where id = ?", refused);

        // the institution files claims for the class: agreement, account, then the eligible learners
        browser.open(url("subsidy/class.xhtml?id=" + classId));
        login(staff, TestData.PASSWORD);
        assertThat(browser.text("h1")).contains("养老护理员班" + tag);
        assertThat(browser.textContent("#lines\\:table_data")).contains("由他人代为申领须有学员签署的代为申请协议")
                .contains("出勤 9 学时，计划 15 学时，至少需要 12 学时");
        java.nio.file.Path agreement = java.nio.file.Files.createTempFile("agreement", ".pdf");
        java.nio.file.Files.writeString(agreement, "%PDF-1.4\n% 代为申请协议 " + tag + "\n%%EOF\n");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#agreementForm input[type=file]")).sendKeys(agreement.toString());
        browser.clickAndWait("#agreementForm\\:record");
        assertThat(browser.text("#messages")).contains("已为 3 名学员登记代为申请协议");
        browser.type("#accountForm\\:accountName", "朝阳区技工学校");
        browser.type("#accountForm\\:bankName", "中国银行长春朝阳支行");
        browser.type("#accountForm\\:accountNumber", "6216600100001234567");
        browser.find("#accountForm\\:saveAccount").click();
        browser.waitUntil(() -> browser.present("#orgAccount"));
        assertThat(browser.text("#orgAccount")).contains("6216***********4567");
        browser.waitUntil(() -> browser.textContent("#lines\\:table_data").contains("符合条件"));
        browser.find("#lines\\:file").click();
        browser.waitUntil(() -> browser.text("#messages").contains("已提交 2 项申请"));
        assertThat(browser.textContent("#lines\\:table_data")).contains("已申报").contains("至少需要 12 学时");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        browser.clickAndWait("#topbar\\:logout");

        // the HR officer approves both in one batch, publishes the notice and, after it, pays the batch
        long first = TestData.count("select min(id) from subsidy_claim where organisation_id = ? and state = 'SUBMITTED'", institution);
        browser.open(url("subsidy/claim.xhtml?id=" + first));
        login(officer, TestData.PASSWORD);
        assertThat(browser.text("#claimState")).isEqualTo("已提交");
        assertThat(browser.textContent("#facts")).contains("养老护理员班" + tag).contains("15 / 15");
        assertThat(browser.textContent("#rules")).contains("出勤率").contains("领款人");
        assertThat(browser.textContent("#flags")).contains("没有考勤异常");
        assertThat(browser.present("#actions\\:approve")).isTrue();
        browser.open(url("subsidy/claims.xhtml"));
        browser.selectOneMenu("filters\\:organisation", "朝阳区技工学校" + tag);
        var before = browser.find("#list\\:table");
        browser.find("#filters\\:search").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        browser.waitUntil(() -> browser.driver().findElements(org.openqa.selenium.By.cssSelector("#list\\:table .sp-claim-link")).size() == 2);
        for (int i = 0; i < 2; i++) {
            int n = i;
            browser.retrying(() -> browser.driver().findElements(org.openqa.selenium.By.cssSelector("#list\\:table .sp-pick .ui-chkbox-box"))
                    .get(n).click());
            browser.waitUntil(() -> browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                    "#list\\:table .sp-pick .ui-chkbox-box.ui-state-active")).size() == n + 1);
            Thread.sleep(300); // each tick is stored by its own Ajax request
        }
        browser.find("#list\\:approveSelected").click();
        browser.waitUntil(() -> browser.present("#batchOutcome") && browser.text("#batchOutcome").contains("审核通过 2 项"));
        assertThat(TestData.count("select count(*) from subsidy_claim where organisation_id = ? and state = 'APPROVED'", institution))
                .isEqualTo(2);

        browser.clickAndWait("#toNotices");
        browser.find("#publishForm\\:publish").click();
        browser.waitUntil(() -> browser.text("#messages").contains("已公示 2 项申请"));
        long notice = TestData.count("select notice_id from subsidy_claim where organisation_id = ? limit 1", institution);
        browser.open(url("subsidy/notice.xhtml?id=" + notice));
        assertThat(browser.textContent("#rows\\:table_data")).contains("韩*梅").contains("李*").doesNotContain("韩梅梅");
        // five working days later (the dates are moved back: the test cannot wait a week)
        org.skillpass.testsupport.SubsidyData.exec("update subsidy_notice set published_on = current_date - interval 10 day, "
                + "ends_on = current_date - interval 1 day where id = ?", notice);
        browser.open(url("subsidy/notices.xhtml"));
        browser.find("#list\\:table .sp-release").click();
        browser.waitUntil(() -> browser.text("#messages").contains("2 项转入待拨付"));

        browser.open(url("subsidy/payments.xhtml"));
        browser.find("#createForm\\:create").click();
        browser.waitUntil(() -> browser.text("#messages").contains("已生成支付批次"));
        String csv = new String(download(browser.find("#batches .sp-export-csv").getAttribute("href")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("6216600100001234567").contains("朝阳区技工学校");
        StringBuilder bank = new StringBuilder("申请编号,金额,状态\n");
        for (String line : csv.split("\r\n")) {
            if (line.startsWith("BT")) {
                String[] f = line.split(",");
                bank.append(f[0]).append(',').append(f[5]).append(",成功\n");
            }
        }
        java.nio.file.Path confirmation = java.nio.file.Files.createTempFile("bank", ".csv");
        java.nio.file.Files.writeString(confirmation, bank.toString());
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#confirmForm input[type=file]")).sendKeys(confirmation.toString());
        browser.clickAndWait("#confirmForm\\:confirm");
        assertThat(browser.text("#messages")).contains("支付成功 2 笔");
        assertThat(browser.textContent("#batches")).contains("已确认");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        browser.open(url("subsidy/admin.xhtml"));
        assertThat(browser.textContent("#inForceForm")).contains("每人每年补贴次数上限").contains("公示期（工作日）");
        browser.open(url("subsidy/results.xhtml?class=" + classId));
        browser.type("#planForm\\:rate_input", "1000");
        browser.clickAndWait("#planForm\\:createPlan");
        assertThat(browser.text("#scheme")).contains("分批支付").contains("1,000.00");
        assertThat(browser.textContent("#trainees_data")).contains("韩梅梅").contains("500.00");
        browser.clickAndWait("#topbar\\:logout");

        // a learner sees the claim paid; another sees why an earlier claim was rejected and why a new one cannot be made
        browser.open(url("subsidy/mine.xhtml"));
        login(TestData.username(workers[0]), TestData.PASSWORD);
        assertThat(browser.text("#list\\:table .sp-claim-state")).isEqualTo("已拨付");
        browser.clickAndWait("#list\\:table .sp-claim-link");
        assertThat(browser.text("#claimState")).isEqualTo("已拨付");
        assertThat(browser.textContent(".sp-history")).contains("审核通过").contains("列入公示").contains("已拨付");
        browser.clickAndWait("#topbar\\:logout");

        browser.open(url("subsidy/mine.xhtml"));
        login(TestData.username(workers[2]), TestData.PASSWORD);
        assertThat(browser.text("#list\\:table .sp-claim-state")).isEqualTo("已驳回");
        assertThat(browser.text("#list\\:table .sp-claim-reason")).isEqualTo("考勤照片与本人不符，请到培训机构核实");
        browser.clickAndWait("#claimable .sp-apply");
        assertThat(browser.text("h1")).isEqualTo("申请补贴");
        assertThat(browser.text("#claimForm\\:refusals")).contains("出勤 9 学时，计划 15 学时，至少需要 12 学时（80%）");
        assertThat(browser.find("#claimForm\\:submit").getAttribute("class")).contains("ui-state-disabled");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    @Test
    void anHrOfficerDrillsDownFromTheCityToAnInstitutionAndDownloadsTheNumbersOnTheScreen() throws Exception {
        String tag = TestData.unique("");
        org.skillpass.testsupport.ReportFixtures.Tree tree = org.skillpass.testsupport.ReportFixtures.tree(tag.substring(tag.length() - 4));
        String institutionName = "东区阳光学校" + tag;
        long institution = TestData.organisation("INSTITUTION", institutionName, tree.county11().code());
        String officer = TestData.unique("hr.");
        TestData.account(officer, "周科长", "HR_OFFICER", TestData.organisation("HR_BUREAU", "甲市人社局" + tag, tree.city1().code()));
        // a class of this year, completed with 3 of its 4 participants, summarised as the completing service would
        java.time.LocalDate end = java.time.LocalDate.now().withDayOfYear(1);
        long course = org.skillpass.testsupport.ReportFixtures.course(institution, "OCCUPATION_LEVEL", "4-10-01-05", 5,
                "EMPLOYMENT_SKILLS", "ON_SITE");
        long classId = org.skillpass.testsupport.ReportFixtures.classInTraining(course, institution, "养老护理班" + tag,
                end.minusDays(20), end, 10, 3, null);
        for (int i = 0; i < 3; i++) {
            org.skillpass.testsupport.ReportFixtures.enrol(classId, TestData.worker("张测" + i), "COMPLETED",
                    end.minusDays(25).atTime(9, 0), end.atTime(17, 0));
        }
        org.skillpass.testsupport.ReportFixtures.enrol(classId, TestData.worker("张测退"), "WITHDRAWN", end.minusDays(25).atTime(9, 0),
                end.minusDays(10).atTime(9, 0));
        try (java.sql.Connection c = TestData.connect()) {
            c.createStatement().executeUpdate("update training_class set state = 'COMPLETED' where id = " + classId);
            org.skillpass.reporting.infrastructure.Summaries.refreshClass(org.skillpass.reporting.infrastructure.Sql.of(c), classId,
                    java.time.LocalDate.now());
        }

        browser.open(url("home.xhtml"));
        login(officer, TestData.PASSWORD);
        browser.clickAndWait("#navReports");
        assertThat(browser.text("h1")).isEqualTo("培训统计");
        assertThat(browser.text("#scope")).contains(tree.city1().name()).contains(end.getYear() + "年");
        assertThat(browser.text("#personTimes")).isEqualTo("3");
        assertThat(browser.text("#completionRate")).isEqualTo("75.0%");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        browser.clickAndWait("a[data-ref='region:" + tree.county11().code() + "']");
        assertThat(browser.text("#scope")).contains(tree.county11().name());
        assertThat(browser.textContent("#trail")).contains(tree.city1().name());
        browser.clickAndWait("a[data-ref='institution:" + institution + "']");
        assertThat(browser.text("h1")).isEqualTo("机构统计");
        assertThat(browser.text("#institutionName")).isEqualTo(institutionName);
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        java.util.List<java.util.List<String>> screen = new java.util.ArrayList<>();
        for (var tr : browser.driver().findElements(org.openqa.selenium.By.cssSelector("#classes\\:table_data tr"))) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (var td : tr.findElements(org.openqa.selenium.By.tagName("td"))) {
                cells.add(td.findElement(org.openqa.selenium.By.cssSelector(".sp-cell, .sp-drill")).getAttribute("textContent").strip());
            }
            screen.add(cells);
        }
        assertThat(screen).hasSize(1);
        assertThat(screen.get(0)).startsWith("养老护理班" + tag).contains("10", "3", "30.0", "4", "75.0");

        byte[] xlsx = download(browser.find("#classes\\:xlsx").getAttribute("href"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(screen.size());
            for (int r = 0; r < screen.size(); r++) {
                var row = sheet.getRow(r + 1);
                assertThat((int) row.getLastCellNum()).isEqualTo(screen.get(r).size());
                for (int c = 0; c < screen.get(r).size(); c++) {
                    var cell = row.getCell(c);
                    String shown = screen.get(r).get(c);
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        assertThat(new java.math.BigDecimal(shown)).as("column " + c)
                                .isEqualByComparingTo(java.math.BigDecimal.valueOf(cell.getNumericCellValue()));
                    } else {
                        assertThat(cell.getStringCellValue()).as("column " + c).isEqualTo(shown);
                    }
                    assertThat(cell.toString()).doesNotContain("张测");
                }
            }
        }
    }

    @Test
    void badLoginIsExplainedInTheChosenLanguage() throws Exception {
        browser.open(url("login.xhtml"));
        login("13800009999", "wrong-password1");
        assertThat(browser.text("#messages")).contains("手机号/用户名或密码不正确");

        browser.clickAndWait("#topbar\\:langEn");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        login("13800009999", "wrong-password1");
        assertThat(browser.text("#messages")).contains("Wrong mobile number/user name or password");
    }

    @Test
    void unknownPagesGetAFriendlyErrorPage() {
        browser.open(url("no-such-page.xhtml"));
        assertThat(browser.text("h1")).isEqualTo("页面不存在");
        assertThat(browser.present("#errorCard")).isTrue();
    }
}
