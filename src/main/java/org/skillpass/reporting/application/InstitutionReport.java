package org.skillpass.reporting.application;

import org.skillpass.reporting.domain.Figures;
import org.skillpass.reporting.domain.Label;
import org.skillpass.reporting.domain.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A training institution's dashboard: its classes with fill, pass and employment rates; its claims; open flags. */
public record InstitutionReport(long id, String name, Label region, String regionCode, Period period, Figures total,
                                List<ClassLine> classes, List<ClaimLine> claims, List<RegionReport.FlagLine> flags) {

    /**
     * A class overlapping the period. Seats are current (from the class); {@code figures} is null until the class
     * completes and is summarised.
     */
    public record ClassLine(long id, String name, Label occupation, LocalDate startDate, LocalDate endDate, String state,
                            int capacity, int seats, Long orderId, Figures figures) {

        public BigDecimal fillRate() {
            return Figures.percent(seats, capacity);
        }
    }

    public record ClaimLine(String type, String state, long count, BigDecimal amount) {
    }

    public long openFlags() {
        return flags.stream().mapToLong(RegionReport.FlagLine::open).sum();
    }
}
