package org.skillpass.identity.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After login, only paths inside the application are followed (no open redirect). */
class LoginBeanTest {

    @Test
    void followsOnlyLocalPaths() {
        assertThat(next("/admin/accounts.xhtml?x=1")).isEqualTo("/admin/accounts.xhtml?x=1");
        assertThat(next(null)).isEqualTo("/home.xhtml");
        assertThat(next("https://evil.example/")).isEqualTo("/home.xhtml");
        assertThat(next("//evil.example/")).isEqualTo("/home.xhtml");
        assertThat(next("/\\evil.example")).isEqualTo("/home.xhtml");
        assertThat(next("/login.xhtml")).isEqualTo("/home.xhtml");
    }

    private static String next(String value) {
        LoginBean bean = new LoginBean();
        bean.setNext(value);
        return bean.safeNext();
    }
}
