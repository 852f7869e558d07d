package org.skillpass.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One version of a page layout (properties text, see TemplateLayout). The active version of a type
 * renders new certificates; certificates keep the id of the version they were rendered with, and their
 * PDFs are frozen, so a new version never changes an issued certificate.
 */
@Entity
@Table(name = "certificate_template")
public class CertificateTemplate {

    /** Template types: the certificate types plus the transcript. */
    public static final String TRANSCRIPT = "TRANSCRIPT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CertificateTemplate() {
    }

    public CertificateTemplate(String type, int version, String name, String source, Instant now) {
        this.type = type;
        this.version = version;
        this.name = name;
        this.source = source;
        this.createdAt = now;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() { return id; }
    public String getType() { return type; }
    public int getVersion() { return version; }
    public String getName() { return name; }
    public String getSource() { return source; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
