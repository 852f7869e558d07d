package org.skillpass.reporting.web;

import org.skillpass.reporting.domain.Period;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The period picker of the dashboards: year, quarter or month of a year, written back as a period code. */
public class PeriodChoice implements Serializable {

    private String kind = Period.Kind.YEAR.name();
    private int year;
    private int quarter = 1;
    private int month = 1;

    public void set(Period p) {
        kind = p.kind().name();
        year = p.year();
        if (p.kind() == Period.Kind.QUARTER) {
            quarter = p.part();
        } else if (p.kind() == Period.Kind.MONTH) {
            month = p.part();
            quarter = (p.part() - 1) / 3 + 1;
        }
    }

    public Period period() {
        return switch (Period.Kind.valueOf(kind)) {
            case YEAR -> Period.year(year);
            case QUARTER -> Period.quarter(year, quarter);
            case MONTH -> Period.month(year, month);
        };
    }

    /** The years offered: five back from the current year and the next one. */
    public static List<Integer> years(int current) {
        List<Integer> out = new ArrayList<>();
        for (int y = current + 1; y >= current - 5; y--) {
            out.add(y);
        }
        return out;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getQuarter() { return quarter; }
    public void setQuarter(int quarter) { this.quarter = quarter; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
}
