package org.skillpass.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What became of the learners of completed classes, summed over any set of classes (a region and period,
 * an institution, an order, one class). Definitions (DOMAIN.md, Reporting):
 * <ul>
 *   <li>participants (参训人次): learners who held a seat when training began — completed, or withdrew on or
 *       after the first day;</li>
 *   <li>completed (结业人次): learners who completed; these are the training person-times (培训人次) counted
 *       against the region's annual target;</li>
 *   <li>assessed / passed: completed learners with a locked assessment result linked to the class / with a pass;</li>
 *   <li>certified: completed learners holding a (not revoked) skill-level or special-ability certificate from the class;</li>
 *   <li>hired: completed learners an ordering employer confirmed as hired;</li>
 *   <li>trainees due / employed at 6 months: completed learners of classes that ended at least six months ago /
 *       those of them employed at the 6-month checkpoint.</li>
 * </ul>
 * Rates are percentages with one decimal, null when there is nothing to divide by.
 */
public record Figures(long classes, long capacity, long participants, long completed, long assessed, long passed,
                      long certified, long hired, long traineesDue, long employed6) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Figures plus(Figures o) {
        return new Figures(classes + o.classes, capacity + o.capacity, participants + o.participants, completed + o.completed,
                assessed + o.assessed, passed + o.passed, certified + o.certified, hired + o.hired,
                traineesDue + o.traineesDue, employed6 + o.employed6);
    }

    public Figures minus(Figures o) {
        return new Figures(classes - o.classes, capacity - o.capacity, participants - o.participants, completed - o.completed,
                assessed - o.assessed, passed - o.passed, certified - o.certified, hired - o.hired,
                traineesDue - o.traineesDue, employed6 - o.employed6);
    }

    public boolean isZero() {
        return equals(NONE);
    }

    /** 结业率: completed / participants. */
    public BigDecimal completionRate() {
        return percent(completed, participants);
    }

    /** 合格率: passed / assessed. */
    public BigDecimal passRate() {
        return percent(passed, assessed);
    }

    /** 6个月就业率: employed at six months / trainees whose checkpoint is due. */
    public BigDecimal employmentRate() {
        return percent(employed6, traineesDue);
    }

    /** Share of seats used by participants (fill rate of completed classes). */
    public BigDecimal fillRate() {
        return percent(participants, capacity);
    }

    /** {@code part / whole} as a percentage with one decimal, half up; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
