package org.skillpass.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.AccountService;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.application.CurrentCaller;

/** The signed-in home page: who you are, for which organisation, and what you can do. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    CurrentCaller caller;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    private Account account;
    private Organisation organisation;

    public Account getAccount() {
        if (account == null && caller.get().accountId() != null) {
            account = accounts.find(caller.get(), caller.get().accountId());
        }
        return account;
    }

    public Organisation getOrganisation() {
        if (organisation == null && caller.get().organisationId() != null) {
            organisation = organisations.find(caller.get(), caller.get().organisationId());
        }
        return organisation;
    }

    private AccountService.WorkerProfile worker;

    public AccountService.WorkerProfile getWorker() {
        if (worker == null && caller.get().has(Role.WORKER)) {
            worker = accounts.workerProfile(caller.get(), caller.get().accountId());
        }
        return worker;
    }

    @Inject
    org.skillpass.enrolment.application.NotificationService notifications;

    private java.util.List<org.skillpass.enrolment.domain.Notification> unread;

    public java.util.List<org.skillpass.enrolment.domain.Notification> getNotifications() {
        if (unread == null) {
            unread = caller.get().accountId() == null ? java.util.List.of() : notifications.unread(caller.get());
        }
        return unread;
    }

    public String text(org.skillpass.enrolment.domain.Notification n) {
        return org.skillpass.shared.web.Messages.text(n.getMessageKey(), n.arguments());
    }

    public void markRead() {
        notifications.markAllRead(caller.get());
        unread = null;
    }

    public boolean is(String role) {
        return caller.get().has(Role.valueOf(role));
    }
}
