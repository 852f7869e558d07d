package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Working days and the public notice period. Test data (not an official calendar): the 2026 National Day
 * holiday taken as 1–7 October 2026 off, with make-up working days Sunday 27 September and Saturday
 * 10 October 2026.
 */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar NATIONAL_DAY_2026 = nationalDay2026();

    static WorkingDayCalendar nationalDay2026() {
        Set<LocalDate> off = new HashSet<>();
        for (int d = 1; d <= 7; d++) {
            off.add(LocalDate.of(2026, 10, d));
        }
        return new WorkingDayCalendar(off, Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));
    }

    static LocalDate sept(int d) {
        return LocalDate.of(2026, 9, d);
    }

    static LocalDate oct(int d) {
        return LocalDate.of(2026, 10, d);
    }

    @Test
    void weekendsHolidaysAndMakeUpDays() {
        WorkingDayCalendar c = NATIONAL_DAY_2026;
        assertThat(c.isWorkingDay(sept(25))).as("Friday").isTrue();
        assertThat(c.isWorkingDay(sept(26))).as("Saturday").isFalse();
        assertThat(c.isWorkingDay(sept(27))).as("make-up Sunday").isTrue();
        assertThat(c.isWorkingDay(oct(1))).as("National Day, a Thursday").isFalse();
        assertThat(c.isWorkingDay(oct(7))).as("last holiday, a Wednesday").isFalse();
        assertThat(c.isWorkingDay(oct(8))).isTrue();
        assertThat(c.isWorkingDay(oct(10))).as("make-up Saturday").isTrue();
        assertThat(c.isWorkingDay(oct(11))).as("Sunday").isFalse();
    }

    @Test
    void theStartDayDoesNotCount() {
        WorkingDayCalendar plain = WorkingDayCalendar.weekdaysOnly();
        assertThat(plain.addWorkingDays(sept(7), 0)).isEqualTo(sept(7));
        assertThat(plain.addWorkingDays(sept(7), 1)).as("Monday + 1").isEqualTo(sept(8));
        assertThat(plain.addWorkingDays(sept(7), 5)).as("Monday + 5 crosses the weekend").isEqualTo(sept(14));
        assertThat(plain.addWorkingDays(sept(12), 1)).as("from a Saturday").isEqualTo(sept(14));
    }

    @Test
    void aNoticeAcrossNationalDay() {
        // published Monday 28 Sept: 29, 30 Sept, (1-7 Oct off), 8, 9 Oct, make-up Saturday 10 Oct
        assertThat(NATIONAL_DAY_2026.addWorkingDays(sept(28), 5)).isEqualTo(oct(10));
        // published Friday 25 Sept: make-up Sunday 27, 28, 29, 30 Sept, 8 Oct
        assertThat(NATIONAL_DAY_2026.addWorkingDays(sept(25), 5)).isEqualTo(oct(8));
        // review target of 10 working days from Wednesday 30 Sept: 8, 9, 10, 12, 13, 14, 15, 16, 19, 20 Oct
        assertThat(NATIONAL_DAY_2026.addWorkingDays(sept(30), 10)).isEqualTo(oct(20));
    }

    @Test
    void workingDaysBetweenIsTheInverse() {
        WorkingDayCalendar c = NATIONAL_DAY_2026;
        assertThat(c.workingDaysBetween(sept(28), oct(10))).isEqualTo(5);
        assertThat(c.workingDaysBetween(sept(28), oct(9))).isEqualTo(4);
        assertThat(c.workingDaysBetween(sept(30), oct(7))).as("all holiday").isZero();
        assertThat(c.workingDaysBetween(oct(1), oct(1))).isZero();
        assertThat(c.workingDaysBetween(oct(10), sept(28))).isEqualTo(-5);
        for (int n = 0; n <= 15; n++) {
            for (LocalDate d = sept(20); d.isBefore(oct(15)); d = d.plusDays(1)) {
                assertThat(c.workingDaysBetween(d, c.addWorkingDays(d, n))).isEqualTo(n);
            }
        }
    }

    @Test
    void negativeCountsAreAMistake() {
        assertThatThrownBy(() -> NATIONAL_DAY_2026.addWorkingDays(sept(28), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNoticeIsOpenThroughItsLastDayAndOverTheNext() {
        NoticePeriod n = NoticePeriod.of(sept(28), SubsidySettings.DEFAULTS, NATIONAL_DAY_2026);
        assertThat(n).isEqualTo(new NoticePeriod(sept(28), oct(10)));
        assertThat(n.open(sept(27))).isFalse();
        assertThat(n.open(sept(28))).isTrue();
        assertThat(n.open(oct(10))).isTrue();
        assertThat(n.over(oct(10))).isFalse();
        assertThat(n.over(oct(11))).isTrue();
        assertThat(n.open(oct(11))).isFalse();
    }

    @Test
    void aNoticeCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new NoticePeriod(oct(10), sept(28))).isInstanceOf(IllegalArgumentException.class);
    }
}
