package org.skillpass.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.enrolment.domain.Notification;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;

import java.time.Instant;
import java.util.List;

/** Messages to one account: written in the transaction that causes them, read by their owner only. */
@ApplicationScoped
public class NotificationService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long accountId, String messageKey, String... args) {
        em.persist(new Notification(accountId, messageKey, args, Instant.now()));
    }

    public List<Notification> unread(Caller caller) {
        if (caller.accountId() == null) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select n from Notification n where n.accountId = :a and n.readAt is null "
                        + "order by n.createdAt desc", Notification.class)
                .setParameter("a", caller.accountId()).setMaxResults(20).getResultList();
    }

    @Transactional
    public void markAllRead(Caller caller) {
        if (caller.accountId() == null) {
            throw new AccessDeniedException();
        }
        em.createQuery("update Notification n set n.readAt = :t where n.accountId = :a and n.readAt is null")
                .setParameter("t", Instant.now()).setParameter("a", caller.accountId()).executeUpdate();
    }
}
