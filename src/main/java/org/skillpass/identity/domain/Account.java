package org.skillpass.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A login. Workers log in with their phone number as user name; staff accounts are created by an
 * admin (or later by their organisation) and belong to one organisation whose type fits the role.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private String locale = "zh_CN";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    /**
     * @throws IllegalArgumentException when a staff role is given without an organisation of its type
     */
    public Account(String username, String passwordHash, String displayName, Role role, Organisation organisation) {
        this.username = Objects.requireNonNull(username).strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName).strip();
        OrganisationType needed = role.organisationType();
        if (needed != null && (organisation == null || organisation.getType() != needed)) {
            throw new IllegalArgumentException(role + " needs an organisation of type " + needed);
        }
        if (needed == null && organisation != null) {
            throw new IllegalArgumentException(role + " belongs to no organisation");
        }
        this.organisationId = organisation == null ? null : organisation.getId();
        this.roles.add(role);
        this.createdAt = Instant.now();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public long getVersion() {
        return version;
    }
}
