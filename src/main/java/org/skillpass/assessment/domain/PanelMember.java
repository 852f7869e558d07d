package org.skillpass.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An assessor on a session's panel: practical assessor or theory invigilator (in a room); one leads. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    public enum Duty { PRACTICAL, INVIGILATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Duty duty;

    private Integer room;

    @Column(nullable = false)
    private boolean lead;

    protected PanelMember() {
    }

    public PanelMember(Long sessionId, Long accountId, Duty duty, Integer room, boolean lead) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.duty = duty;
        this.room = room;
        this.lead = lead;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Duty getDuty() {
        return duty;
    }

    public Integer getRoom() {
        return room;
    }

    public boolean isLead() {
        return lead;
    }
}
