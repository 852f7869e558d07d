package org.skillpass.reporting.application;

import org.skillpass.reporting.domain.Figures;
import org.skillpass.reporting.domain.Label;
import org.skillpass.reporting.domain.Period;

import java.math.BigDecimal;
import java.util.List;

/**
 * The HR bureau's dashboard of one region (and everything below it) for one period: training person-times
 * against the target, by type, mode and occupation; rates; certificates; subsidy money; the sub-regions and
 * institutions to drill into; 6-month employment per institution and per employer order; open fraud flags.
 */
public record RegionReport(Place region, List<Place> trail, Period period, Figures total, Long target, long yearToDate,
                           List<Line> byType, List<Line> byMode, List<Line> byOccupation, List<CertificateLine> certificates,
                           List<SubsidyLine> subsidies, List<Area> areas, List<InstitutionLine> institutions,
                           List<OrderLine> orders, List<FlagLine> flags) {

    /** A region of the tree. */
    public record Place(String code, Label name, String level, String path) {
    }

    /** Figures of one value of a dimension (a training type, a delivery mode, an occupation). */
    public record Line(String key, Label label, Figures figures) {
    }

    public record CertificateLine(String type, int level, long issued) {
    }

    public record SubsidyLine(String type, String payee, long submittedCount, BigDecimal submitted, long approvedCount,
                              BigDecimal approved, long paidCount, BigDecimal paid, long recoveredCount, BigDecimal recovered) {
    }

    public enum AreaKind { REGION, INSTITUTION }

    /** A row to drill into: a sub-region, or an institution located directly in this region. */
    public record Area(AreaKind kind, String ref, Label name, Long target, Figures figures, long certificates,
                       BigDecimal approved, BigDecimal paid, long openFlags) {

        /** Person-times as a share of the annual target (only for a year's figures against a year's target). */
        public BigDecimal ofTarget() {
            return target == null ? null : Figures.percent(figures.completed(), target);
        }
    }

    public record InstitutionLine(long id, String name, Label region, Figures figures, long openFlags) {
    }

    public record OrderLine(long id, String employer, Label occupation, int level, int headcount, String state,
                            Figures figures) {
    }

    public record FlagLine(String kind, long open) {
    }

    public long certificatesIssued() {
        return certificates.stream().mapToLong(CertificateLine::issued).sum();
    }

    public BigDecimal approved() {
        return subsidies.stream().map(SubsidyLine::approved).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal paid() {
        return subsidies.stream().map(SubsidyLine::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal recovered() {
        return subsidies.stream().map(SubsidyLine::recovered).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public long openFlags() {
        return flags.stream().mapToLong(FlagLine::open).sum();
    }

    /** Year-to-date person-times as a share of the annual target. */
    public BigDecimal targetAchieved() {
        return target == null ? null : Figures.percent(yearToDate, target);
    }
}
