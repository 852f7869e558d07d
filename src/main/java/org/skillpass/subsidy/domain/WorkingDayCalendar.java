package org.skillpass.subsidy.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Working days for notice and review periods: Monday to Friday, minus public holidays, plus the
 * make-up working days (调休) on which a Saturday or Sunday is worked. Holidays and make-up days are
 * published yearly by the State Council, so they are data given to the calendar, not rules in it.
 *
 * <p>Counting convention, used by every method: the start day itself never counts. A period of n working
 * days starting on day D (a notice published on D, a claim submitted on D) consists of the n working
 * days <em>following</em> D and ends at the end of the nth of them.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;

    /**
     * @param holidays          days off that would otherwise be working days (e.g. 1–7 October)
     * @param makeUpWorkingDays weekend days that are working days (调休上班); they win over {@code holidays}
     */
    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    /** Plain Monday-to-Friday weeks, for tests and regions that have not loaded the year's holidays. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The nth working day after {@code start} ({@code start} not counted); {@code start} itself for n = 0.
     * A 5-day notice published on Monday 7 Sept 2026 (a plain week) ends on Monday 14 Sept.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days in (a, b]: after {@code a}, up to and including {@code b}. The inverse of
     * {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when b is
     * before a; 0 when equal.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
