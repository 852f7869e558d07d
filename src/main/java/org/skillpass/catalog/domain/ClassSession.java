package org.skillpass.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDateTime;

/** One scheduled session of a class; attendance is taken per session. */
@Entity
@Table(name = "class_session")
public class ClassSession {

    public enum Kind { THEORY, PRACTICAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected ClassSession() {
    }

    public ClassSession(Long classId, LocalDateTime startsAt, LocalDateTime endsAt, String topic, Kind kind) {
        this.classId = classId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topic = topic.strip();
        this.kind = kind;
    }

    public double hours() {
        return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
    }

    public Long getId() {
        return id;
    }

    public Long getClassId() {
        return classId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public Kind getKind() {
        return kind;
    }
}
