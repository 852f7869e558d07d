package org.skillpass.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message for one account, stored as a bundle key and arguments so it shows in their language. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    /** Arguments separated by the unit separator (U+001F). */
    private String args;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(Long accountId, String messageKey, String[] args, Instant at) {
        this.accountId = accountId;
        this.messageKey = messageKey;
        this.args = String.join("\u001f", args);
        this.createdAt = at;
    }

    public Object[] arguments() {
        return args == null || args.isEmpty() ? new Object[0] : args.split("\u001f");
    }

    public void markRead(Instant at) {
        readAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
