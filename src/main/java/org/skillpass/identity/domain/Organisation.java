package org.skillpass.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A training institution, assessment body, employer or HR bureau. Every staff account belongs to
 * exactly one, and the organisation's region decides what an HR bureau's officers can see.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @Column(nullable = false)
    private String name;

    /** 统一社会信用代码 (GB 32100), optional for HR bureaus created by an admin. */
    @Column(name = "credit_code")
    private String creditCode;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    /** Copied from the region so that scope checks need no join. */
    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(OrganisationType type, String name, String creditCode, Region region, String contactPhone) {
        this.type = Objects.requireNonNull(type);
        this.name = Objects.requireNonNull(name).strip();
        this.creditCode = creditCode == null || creditCode.isBlank() ? null : creditCode.strip().toUpperCase();
        this.regionCode = region.getCode();
        this.regionPath = region.getPath();
        this.contactPhone = contactPhone;
        this.createdAt = Instant.now();
    }

    public void rename(String newName, String newContactPhone) {
        this.name = Objects.requireNonNull(newName).strip();
        this.contactPhone = newContactPhone;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
