package org.skillpass.subsidy.domain;

/** 职业培训补贴, 评价补贴 (技能鉴定), 生活费补贴, 企业新型学徒制补贴. */
public enum ClaimType {
    TRAINING, ASSESSMENT, LIVING_ALLOWANCE, APPRENTICESHIP;

    /** Training and assessment subsidies are paid for a certificate, so they need one (rule R4). */
    public boolean needsCertificate() {
        return this == TRAINING || this == ASSESSMENT;
    }
}
