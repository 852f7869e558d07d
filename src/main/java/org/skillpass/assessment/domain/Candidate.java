package org.skillpass.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/**
 * One candidate's attempt in a session. A part passed at the previous attempt is carried over (its
 * score copied and marked) so only the other part is retaken; the fee charged is recorded because the
 * assessment subsidy is capped at it.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    public enum Result { PENDING, PASS, FAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "worker_account_id", nullable = false)
    private Long workerAccountId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "theory_score")
    private BigDecimal theoryScore;

    @Column(name = "practical_score")
    private BigDecimal practicalScore;

    @Column(name = "theory_carried", nullable = false)
    private boolean theoryCarried;

    @Column(name = "practical_carried", nullable = false)
    private boolean practicalCarried;

    @Enumerated(EnumType.STRING)
    @Column(name = "panel_review", nullable = false)
    private PanelReview panelReview = PanelReview.NONE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Result result = Result.PENDING;

    @Column(nullable = false)
    private BigDecimal fee;

    @Version
    private long version;

    protected Candidate() {
    }

    public Candidate(Long sessionId, Long workerAccountId, Long enrolmentId, int attempt, BigDecimal fee) {
        this.sessionId = sessionId;
        this.workerAccountId = workerAccountId;
        this.enrolmentId = enrolmentId;
        this.attempt = attempt;
        this.fee = fee;
    }

    public void carryTheory(BigDecimal score) {
        theoryScore = score;
        theoryCarried = true;
    }

    public void carryPractical(BigDecimal score) {
        practicalScore = score;
        practicalCarried = true;
    }

    /** Enters the parts not carried over (a carried part keeps its earlier score), then judges. */
    public void score(BigDecimal theory, BigDecimal practical, PassRule rule, int level) {
        if (!theoryCarried) {
            theoryScore = theory;
        }
        if (!practicalCarried) {
            practicalScore = practical;
        }
        judge(rule, level);
    }

    public void review(PanelReview review, PassRule rule, int level) {
        panelReview = review;
        judge(rule, level);
    }

    private void judge(PassRule rule, int level) {
        result = switch (rule.judge(theoryScore, practicalScore, level, panelReview)) {
            case PASS -> Result.PASS;
            case FAIL -> Result.FAIL;
            case INCOMPLETE -> Result.PENDING;
        };
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getWorkerAccountId() {
        return workerAccountId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public int getAttempt() {
        return attempt;
    }

    public BigDecimal getTheoryScore() {
        return theoryScore;
    }

    public BigDecimal getPracticalScore() {
        return practicalScore;
    }

    public boolean isTheoryCarried() {
        return theoryCarried;
    }

    public boolean isPracticalCarried() {
        return practicalCarried;
    }

    public PanelReview getPanelReview() {
        return panelReview;
    }

    public Result getResult() {
        return result;
    }

    public BigDecimal getFee() {
        return fee;
    }
}
