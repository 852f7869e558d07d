package org.skillpass.subsidy.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The public notice (公示) of approved claims: published on one day, it runs through the following
 * {@link SubsidySettings#noticeWorkingDays()} (5) working days and ends at the end of the last of them
 * ({@link WorkingDayCalendar} convention). Objections are possible through {@code ends} inclusive; from
 * the next day the notice is over and its claims may become PAYABLE.
 */
public record NoticePeriod(LocalDate published, LocalDate ends) {

    public NoticePeriod {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(ends, "ends");
        if (ends.isBefore(published)) {
            throw new IllegalArgumentException("a notice cannot end before it is published");
        }
    }

    public static NoticePeriod of(LocalDate published, int workingDays, WorkingDayCalendar calendar) {
        return new NoticePeriod(published, calendar.addWorkingDays(published, workingDays));
    }

    public static NoticePeriod of(LocalDate published, SubsidySettings settings, WorkingDayCalendar calendar) {
        return of(published, settings.noticeWorkingDays(), calendar);
    }

    /** True from the day after {@code ends}: the last day still belongs to the notice. */
    public boolean over(LocalDate today) {
        return today.isAfter(ends);
    }

    /** Whether objections are accepted on that day: from publication to the end, both inclusive. */
    public boolean open(LocalDate today) {
        return !today.isBefore(published) && !today.isAfter(ends);
    }
}
