package org.skillpass.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skillpass.identity.application.AccountService;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.shared.web.Messages;

import java.io.IOException;

/** The login form. Authentication itself is Jakarta Security's; this bean only starts it. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    LocaleBean localeBean;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        String user = username == null ? "" : username.strip();
        if (user.isEmpty() || password == null || password.isEmpty()) {
            Messages.error(null, "login.missing");
            return;
        }
        if (request.getUserPrincipal() != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                // a fresh authentication follows anyway
            }
        }
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(user, password))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> {
                accounts.recordLogin(user, localeBean.getLocale().toString());
                ec.redirect(ec.getRequestContextPath() + safeNext());
            }
            default -> Messages.error(null, "login.failed");
        }
    }

    /** Only paths inside this application: an open redirect would let a phishing link borrow our login page. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/home.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
