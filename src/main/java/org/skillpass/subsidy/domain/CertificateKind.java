package org.skillpass.subsidy.domain;

/**
 * The kind of certificate a claim rests on: 职业技能等级证书, 专项职业能力证书, 培训合格证书. Kept here rather
 * than imported so the subsidy context does not depend on the certificate context's model.
 */
public enum CertificateKind {
    SKILL_LEVEL, SPECIAL_ABILITY, TRAINING_COMPLETION;

    /** Only skill-level certificates have a level (5 = 五级 … 1 = 一级). */
    public boolean hasLevel() {
        return this == SKILL_LEVEL;
    }
}
