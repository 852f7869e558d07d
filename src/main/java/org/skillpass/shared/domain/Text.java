package org.skillpass.shared.domain;

import java.util.regex.Pattern;

/** Checks for the small texts people type into forms. */
public final class Text {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    /** Han characters, Latin letters, the middle dot of minority names (·), spaces. */
    private static final Pattern PERSON_NAME = Pattern.compile("^[\\p{IsHan}A-Za-z·•][\\p{IsHan}A-Za-z·• .]{0,29}$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.@-]{3,64}$");

    private Text() {
    }

    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static boolean isMobile(String s) {
        return s != null && MOBILE.matcher(s).matches();
    }

    public static boolean isPersonName(String s) {
        return s != null && s.strip().length() >= 2 && PERSON_NAME.matcher(s.strip()).matches();
    }

    public static boolean isUsername(String s) {
        return s != null && USERNAME.matcher(s).matches();
    }

    /**
     * A name as published or shown to strangers: "张*" for two characters, "张*明" / "欧阳**明" for three
     * or more (first and last character kept), Latin names the same way by character.
     */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int[] cp = n.codePoints().toArray();
        if (cp.length == 1) {
            return n;
        }
        if (cp.length == 2) {
            return new String(cp, 0, 1) + "*";
        }
        return new String(cp, 0, 1) + "*".repeat(cp.length - 2) + new String(cp, cp.length - 1, 1);
    }
}
