package org.skillpass.subsidy.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * 政府购买培训成果: an order or project pays for what training achieved rather than for hours taught.
 * Two schemes (DOMAIN.md): {@link Tranches} (e.g. 50 % when certified, 50 % when employed ≥ 6 months)
 * and {@link EmploymentRateScaling} (a rate scaled by the class's 6-month employment rate).
 */
public sealed interface PayForResults permits Tranches, EmploymentRateScaling {

    /**
     * @param ratePerTrainee the base amount per trainee in yuan (the order's price, or the rate table's)
     * @param trainees       every trainee who completed the class, each once
     */
    ResultsBreakdown pay(BigDecimal ratePerTrainee, List<TraineeOutcome> trainees);
}
