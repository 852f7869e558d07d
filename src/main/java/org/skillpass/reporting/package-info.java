/**
 * Reporting (统计分析): annual training targets per region, the HR bureau's dashboard of a region and its
 * sub-regions by year, quarter or month (person-times by training type, delivery mode and occupation against the
 * target; completion and pass rates; certificates by level; subsidy money by type and payee; 6-month employment per
 * institution and per employer order; open fraud flags) with drill-down to institutions, the institution's and the
 * employer's dashboards, and xlsx/csv exports of every table, de-identified.
 *
 * <p>It owns the summary tables ({@code report_*}, V10) and nothing else. It learns of changes through the other
 * contexts' events, inside their transactions ({@code ClassCompleted}, {@code AssessmentResultsFinal},
 * {@code CertificateIssued}, {@code CertificateRevoked}, {@code HireDecided}, {@code ClaimStateChanged}, {@code ClaimsStateChanged}), and reads
 * their tables only through its own SQL read model ({@code infrastructure/Summaries}, one definition of every
 * figure, used both for a change and for a rebuild). Page views read only the summaries and indexed aggregates.
 */
package org.skillpass.reporting;
