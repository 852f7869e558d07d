/**
 * The subsidy rules as plain Java: states and their transitions, rates with effective dates and regional
 * overrides, the amount calculation with its explanation, eligibility rules R1–R7 over plain facts,
 * working-day arithmetic for notice and review periods, de-identification for the public notice, pay
 * for results and employment follow-up.
 *
 * <p>Nothing here touches the database or the container: services gather {@link
 * org.skillpass.subsidy.domain.ClaimFacts} and the region's {@link org.skillpass.subsidy.domain.SubsidySettings}
 * and {@link org.skillpass.subsidy.domain.RateTable}, and these types decide. Money is {@link java.math.BigDecimal}
 * yuan with scale 2, rounded half up ({@link org.skillpass.subsidy.domain.Yuan}).
 */
package org.skillpass.subsidy.domain;
