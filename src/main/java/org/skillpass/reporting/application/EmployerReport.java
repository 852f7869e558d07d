package org.skillpass.reporting.application;

import org.skillpass.reporting.domain.Figures;
import org.skillpass.reporting.domain.Label;

import java.time.LocalDate;
import java.util.List;

/** An employer's dashboard: its training orders — ordered, seats filled, trained, certified, hired, employed at 6 months. */
public record EmployerReport(long id, String name, List<OrderLine> orders) {

    public record OrderLine(long id, Label occupation, int level, String state, LocalDate deadline, int ordered, long seats,
                            Figures figures) {
    }

    public Figures total() {
        return orders.stream().map(OrderLine::figures).reduce(Figures.NONE, Figures::plus);
    }

    public long ordered() {
        return orders.stream().mapToLong(OrderLine::ordered).sum();
    }

    public long seats() {
        return orders.stream().mapToLong(OrderLine::seats).sum();
    }
}
