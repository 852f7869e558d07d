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

        browser.clickAndWait("#topbar\\:logout");
        login(staff, "abc12345");
        assertThat(browser.textContent("#organisation")).contains(name);
        assertThat(browser.text("#roles")).contains("培训机构人员");
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
