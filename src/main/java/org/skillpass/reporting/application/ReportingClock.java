package org.skillpass.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The calendar reports are kept in ({@code skillpass.reporting.time-zone}, default Asia/Shanghai): a claim
 * approved at 07:00 on 1 April Beijing time counts in April whatever the server's own zone.
 */
@ApplicationScoped
public class ReportingClock {

    @Inject
    @ConfigProperty(name = "skillpass.reporting.time-zone", defaultValue = "Asia/Shanghai")
    String zone;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The zone's offset now, as SQL's CONVERT_TZ takes it ("+08:00"). */
    public String utcOffset() {
        String id = zone().getRules().getOffset(Instant.now()).getId();
        return "Z".equals(id) ? "+00:00" : id;
    }

    public LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone());
    }
}
