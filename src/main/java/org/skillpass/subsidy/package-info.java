/**
 * Subsidies (职业培训补贴 / 评价补贴 / 生活费补贴 / 企业新型学徒制补贴): rate tables, eligibility rules,
 * claims and their review workflow, public notices (公示), payments and recoveries (追回), and pay for
 * results (政府购买培训成果) with the employment follow-up it depends on.
 *
 * <p>It owns claims and their money; it reads facts about learners, classes, attendance, assessments and
 * certificates from the other contexts through their application services, never their repositories.
 */
package org.skillpass.subsidy;
