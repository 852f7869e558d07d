package org.skillpass.reporting.domain;

import org.skillpass.shared.domain.FieldException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar year, a quarter or a month. Figures are attributed to months
 * ({@code yyyymm}), so a period is a range of months: a class that ends on 31 March counts in Q1, one
 * that ends on 1 April in Q2. Written as {@code 2026}, {@code 2026-Q2} or {@code 2026-04}.
 */
public record Period(Kind kind, int year, int part) {

    public enum Kind { YEAR, QUARTER, MONTH }

    private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:-Q([1-4])|-(\\d{2}))?$");

    public Period {
        if (kind == null || year < 2000 || year > 2100) {
            throw new FieldException("period", "report.period.invalid");
        }
        if (kind == Kind.YEAR && part != 0 || kind == Kind.QUARTER && (part < 1 || part > 4)
                || kind == Kind.MONTH && (part < 1 || part > 12)) {
            throw new FieldException("period", "report.period.invalid");
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    /** The year of the day given, e.g. the current year as the default period. */
    public static Period yearOf(LocalDate day) {
        return year(day.getYear());
    }

    /** @throws FieldException {@code report.period.invalid} for anything but 2026, 2026-Q1 … 2026-Q4, 2026-01 … 2026-12 */
    public static Period parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw new FieldException("period", "report.period.invalid");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return quarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return month(year, Integer.parseInt(m.group(3)));
        }
        return year(year);
    }

    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + part;
            case MONTH -> String.format("%d-%02d", year, part);
        };
    }

    public int firstMonthOfYear() {
        return switch (kind) {
            case YEAR -> 1;
            case QUARTER -> (part - 1) * 3 + 1;
            case MONTH -> part;
        };
    }

    public int lastMonthOfYear() {
        return switch (kind) {
            case YEAR -> 12;
            case QUARTER -> part * 3;
            case MONTH -> part;
        };
    }

    /** First month as {@code yyyymm}. */
    public int fromMonth() {
        return year * 100 + firstMonthOfYear();
    }

    /** Last month as {@code yyyymm}. */
    public int toMonth() {
        return year * 100 + lastMonthOfYear();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonthOfYear(), 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, lastMonthOfYear()).atEndOfMonth();
    }

    /** The first of the months to read from report_training: the year's own row (yyyy00) for a whole year. */
    public int summaryFrom() {
        return kind == Kind.YEAR ? year * 100 : fromMonth();
    }

    /** The last of the months to read from report_training (equal to {@link #summaryFrom()} for a whole year). */
    public int summaryTo() {
        return kind == Kind.YEAR ? year * 100 : toMonth();
    }

    /** From January of the same year to the end of this period (for progress against the annual target). */
    public int yearToDateFromMonth() {
        return year * 100 + 1;
    }

    /** The month a day belongs to, as {@code yyyymm}. */
    public static int monthOf(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }
}
