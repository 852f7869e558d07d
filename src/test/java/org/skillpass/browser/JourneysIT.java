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
    void closeBrowser() throws Exception {
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
