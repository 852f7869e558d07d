package org.skillpass.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.skillpass.shared.domain.FieldException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A region's training target for a year (培训人次目标, e.g. 17,000 person-times for 吉林市): data an admin
 * sets, compared with the person-times (completed learners) of classes that ended that year.
 */
@Entity
@Table(name = "report_target")
public class Target {

    public static final int MAX = 100_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private int year;

    @Column(name = "person_times", nullable = false)
    private int personTimes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Target() {
    }

    public Target(String regionCode, int year, int personTimes, String by, Instant at) {
        check(year, personTimes);
        this.regionCode = regionCode;
        this.year = year;
        this.personTimes = personTimes;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void change(int personTimes, String by, Instant at) {
        check(year, personTimes);
        this.personTimes = personTimes;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** @throws FieldException {@code report.target.year} or {@code report.target.invalid} */
    public static void check(int year, int personTimes) {
        if (year < 2000 || year > 2100) {
            throw new FieldException("year", "report.target.year");
        }
        if (personTimes < 1 || personTimes > MAX) {
            throw new FieldException("personTimes", "report.target.invalid");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", regionCode);
        m.put("year", year);
        m.put("personTimes", personTimes);
        return m;
    }

    public Long getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public int getYear() { return year; }
    public int getPersonTimes() { return personTimes; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
