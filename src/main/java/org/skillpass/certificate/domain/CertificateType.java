package org.skillpass.certificate.domain;

/** The three kinds of certificate SkillPass issues, with the title printed on each. */
public enum CertificateType {
    SKILL_LEVEL("职业技能等级证书"),
    SPECIAL_ABILITY("专项职业能力证书"),
    TRAINING_COMPLETION("培训合格证书");

    private final String title;

    CertificateType(String title) {
        this.title = title;
    }

    /** The Chinese title as printed on the certificate. */
    public String title() {
        return title;
    }
}
