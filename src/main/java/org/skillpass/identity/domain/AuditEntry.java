package org.skillpass.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One state change: who, when, what, why, and the state before and after as JSON. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "region_path")
    private String regionPath;

    private String reason;

    @Column(name = "before_json")
    private String beforeJson;

    @Column(name = "after_json")
    private String afterJson;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, Long actorAccountId, String actorUsername, String action, String entityType,
                      String entityId, Long organisationId, String regionPath, String reason,
                      String beforeJson, String afterJson) {
        this.at = at;
        this.actorAccountId = actorAccountId;
        this.actorUsername = actorUsername;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.organisationId = organisationId;
        this.regionPath = regionPath;
        this.reason = reason;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getReason() {
        return reason;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }
}
