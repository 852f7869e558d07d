package org.skillpass.identity.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.AccountService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;

/** account/profile.xhtml: change one's own password. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    private String currentPassword;
    private String newPassword;
    private String repeat;

    public void change() {
        try {
            accounts.changePassword(caller.get(), currentPassword, newPassword, repeat);
            Messages.info("password.changed");
        } catch (DomainException e) {
            Messages.error("passwordForm", e);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
