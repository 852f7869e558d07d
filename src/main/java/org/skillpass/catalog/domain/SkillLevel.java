package org.skillpass.catalog.domain;

/**
 * 职业技能等级: five levels, numbered as the national standard numbers them (5 is the entry level).
 * Bundle keys {@code level.N} give "五级/初级工" etc.
 */
public enum SkillLevel {
    LEVEL_5(5), LEVEL_4(4), LEVEL_3(3), LEVEL_2(2), LEVEL_1(1);

    private final int number;

    SkillLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Levels 二级 and 一级 need a panel review at assessment. */
    public boolean needsPanelReview() {
        return number <= 2;
    }

    public static SkillLevel of(int number) {
        for (SkillLevel l : values()) {
            if (l.number == number) {
                return l;
            }
        }
        throw new IllegalArgumentException("no skill level " + number);
    }
}
