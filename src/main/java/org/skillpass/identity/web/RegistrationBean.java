package org.skillpass.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.RegistrationService;
import org.skillpass.identity.application.WorkerRegistration;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.shared.web.Messages;

/** Worker self-registration with real name, resident ID and mobile number. */
@Named
@RequestScoped
public class RegistrationBean {

    @Inject
    RegistrationService registration;

    @Inject
    LocaleBean localeBean;

    private String realName;
    private String idNumber;
    private String phone;
    private String password;
    private String passwordRepeat;
    private boolean consent;

    public String register() {
        try {
            registration.registerWorker(new WorkerRegistration(realName, idNumber, phone, password, passwordRepeat,
                    consent, localeBean.getLocale().toString()));
        } catch (DomainException e) {
            Messages.error("register", e);
            return null;
        }
        Messages.info("register.done");
        Messages.keepForRedirect();
        return "/login.xhtml?faces-redirect=true&username=" + phone.strip();
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
