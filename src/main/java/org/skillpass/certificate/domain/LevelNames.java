package org.skillpass.certificate.domain;

/**
 * How a level is written on a certificate: "四级/中级工". Certificates are Chinese documents whatever the
 * reader's language, so this text is not taken from the resource bundles.
 */
public final class LevelNames {

    private static final String[] NAMES = {null, "一级/高级技师", "二级/技师", "三级/高级工", "四级/中级工", "五级/初级工"};

    private LevelNames() {
    }

    public static String of(Integer level) {
        if (level == null) {
            return null;
        }
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("no skill level " + level);
        }
        return NAMES[level];
    }
}
