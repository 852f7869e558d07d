package org.skillpass.subsidy.domain;

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
import java.time.Instant;

/**
 * PAYABLE claims of a region handed to the bank together: exported (xlsx/csv, grouped per payee account),
 * then confirmed from the bank's file — paid claims become PAID, failed ones go back to the pool of
 * payable claims with the bank's reason. CONFIRMED when no claim of the batch awaits an answer.
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch {

    public enum State { EXPORTED, CONFIRMED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_path", nullable = false)
    private String regionPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.EXPORTED;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount = BigDecimal.ZERO;

    @Column(name = "paid_count", nullable = false)
    private int paidCount;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected PaymentBatch() {
    }

    public PaymentBatch(String regionCode, String regionPath, String createdBy, Instant at) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public void counted(int claims, BigDecimal total) {
        this.claimCount = claims;
        this.totalAmount = total;
    }

    /** A confirmation file was applied; the batch is CONFIRMED once nothing awaits the bank. */
    public void confirmed(int paid, int failed, boolean nothingAwaits, Instant at) {
        this.paidCount += paid;
        this.failedCount += failed;
        if (nothingAwaits) {
            this.state = State.CONFIRMED;
            this.confirmedAt = at;
        }
    }

    public Long getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public String getRegionPath() { return regionPath; }
    public State getState() { return state; }
    public int getClaimCount() { return claimCount; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public int getPaidCount() { return paidCount; }
    public int getFailedCount() { return failedCount; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public long getVersion() { return version; }
}
