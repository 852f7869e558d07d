package org.skillpass.certificate.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.skillpass.shared.domain.DomainException;

/**
 * A certificate number (证书编号). Three shapes are recognised:
 *
 * <ul>
 * <li><b>Skill level</b> (职业技能等级证书), 22 characters {@code ^[YS]\d{21}$}, the national scheme:
 * <pre>
 *   Y 1234 22 000101 26 4 000123
 *   | |    |  |      |  | serial within the series (6 digits, 000001..999999)
 *   | |    |  |      |  level 1..5 (一级/高级技师 .. 五级/初级工)
 *   | |    |  |      year of issue, 2 digits
 *   | |    |  site sequence (6 digits)
 *   | |    province code (GB/T 2260 first two digits)
 *   | body code (4 digits)
 *   body type: Y employer (用人单位), S third-party assessment body (社会培训评价组织)
 * </pre>
 * The first 16 characters are the <em>series</em> that serials are counted within.</li>
 * <li><b>Special ability and training completion</b> (专项职业能力证书, 培训合格证书) have no national number
 * shape, so SkillPass uses its own, 18 characters {@code ^(ZX|PX)\d{16}$}:
 * <pre>
 *   ZX 22 1234 26 00000123
 *   |  |  |    |  serial within the series (8 digits, 00000001..99999999)
 *   |  |  |    year of issue, 2 digits
 *   |  |  body code (4 digits)
 *   |  province code (2 digits)
 *   ZX 专项职业能力 (special ability) / PX 培训合格 (training completion)
 * </pre>
 * The first 10 characters are the series.</li>
 * <li><b>Legacy</b>: the older 16-digit qualification number (职业资格证书编号) {@code ^\d{16}$}. Such
 * certificates are only imported and verified, never issued, so no factory makes one and its parts are
 * not interpreted.</li>
 * </ul>
 *
 * Factories throw {@link IllegalArgumentException} for malformed parts (the caller's data is wrong) and
 * {@link DomainException} {@code certificate.number.exhausted} when a series has no serials left.
 */
public final class CertificateNumber {

    public static final int MAX_SKILL_LEVEL_SERIAL = 999_999;
    public static final int MAX_OTHER_SERIAL = 99_999_999;

    private static final Pattern SKILL_LEVEL = Pattern.compile("^[YS]\\d{14}[1-5]\\d{6}$");
    private static final Pattern OTHER = Pattern.compile("^(ZX|PX)\\d{16}$");
    private static final Pattern LEGACY = Pattern.compile("^\\d{16}$");

    private final String value;
    private final CertificateType type;

    private CertificateNumber(String value, CertificateType type) {
        this.value = value;
        this.type = type;
    }

    /** A new skill-level number; {@code year} may be 2-digit (26) or full (2026). */
    public static CertificateNumber skillLevel(char bodyType, String bodyCode, String province, String site,
            int year, int level, int serial) {
        String series = skillLevelSeries(bodyType, bodyCode, province, site, year, level);
        return new CertificateNumber(series + serial(series, serial, MAX_SKILL_LEVEL_SERIAL, 6),
                CertificateType.SKILL_LEVEL);
    }

    /** The first 16 characters of a skill-level number: the prefix that serials are counted within. */
    public static String skillLevelSeries(char bodyType, String bodyCode, String province, String site, int year,
            int level) {
        char t = Character.toUpperCase(bodyType);
        if (t != 'Y' && t != 'S') {
            throw new IllegalArgumentException("body type must be Y (employer) or S (third-party body): " + bodyType);
        }
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level must be 1..5: " + level);
        }
        return t + digits("body code", bodyCode, 4) + digits("province", province, 2) + digits("site", site, 6)
                + twoDigitYear(year) + level;
    }

    /** A new special-ability (ZX) or training-completion (PX) number; {@code year} as in skillLevel. */
    public static CertificateNumber other(CertificateType type, String bodyCode, String province, int year,
            int serial) {
        String series = otherSeries(type, bodyCode, province, year);
        return new CertificateNumber(series + serial(series, serial, MAX_OTHER_SERIAL, 8), type);
    }

    /** The first 10 characters of a ZX/PX number: the prefix that serials are counted within. */
    public static String otherSeries(CertificateType type, String bodyCode, String province, int year) {
        return otherPrefix(type) + digits("province", province, 2) + digits("body code", bodyCode, 4)
                + twoDigitYear(year);
    }

    /** The highest serial a series of this type can hold. */
    public static int maxSerial(CertificateType type) {
        return type == CertificateType.SKILL_LEVEL ? MAX_SKILL_LEVEL_SERIAL : MAX_OTHER_SERIAL;
    }

    /** Parses a number as typed or scanned: surrounding blanks are dropped and letters upper-cased. */
    public static CertificateNumber parse(String text) {
        if (text == null) {
            throw new DomainException("certificate.number.invalid");
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (SKILL_LEVEL.matcher(s).matches()) {
            return new CertificateNumber(s, CertificateType.SKILL_LEVEL);
        }
        if (OTHER.matcher(s).matches()) {
            return new CertificateNumber(s, s.startsWith("ZX")
                    ? CertificateType.SPECIAL_ABILITY : CertificateType.TRAINING_COMPLETION);
        }
        if (LEGACY.matcher(s).matches()) {
            return new CertificateNumber(s, null);
        }
        throw new DomainException("certificate.number.invalid");
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    public String value() {
        return value;
    }

    /** The type the number's shape says; empty for a legacy number, whose shape says nothing. */
    public Optional<CertificateType> type() {
        return Optional.ofNullable(type);
    }

    public boolean legacy() {
        return type == null;
    }

    /** The prefix serials are counted within (16 characters for skill level, 10 for ZX/PX). */
    public String series() {
        return value.substring(0, value.length() - serialDigits());
    }

    /** Y (employer) or S (third-party body); skill-level numbers only. */
    public char bodyType() {
        requireSkillLevel("bodyType");
        return value.charAt(0);
    }

    /** 1 (一级) .. 5 (五级); skill-level numbers only. */
    public int level() {
        requireSkillLevel("level");
        return value.charAt(15) - '0';
    }

    /** Six-digit site sequence; skill-level numbers only. */
    public String site() {
        requireSkillLevel("site");
        return value.substring(7, 13);
    }

    /** The two-digit year of issue (26 for 2026). */
    public int year() {
        requireNotLegacy("year");
        return Integer.parseInt(type == CertificateType.SKILL_LEVEL ? value.substring(13, 15) : value.substring(8, 10));
    }

    public String province() {
        requireNotLegacy("province");
        return type == CertificateType.SKILL_LEVEL ? value.substring(5, 7) : value.substring(2, 4);
    }

    public String bodyCode() {
        requireNotLegacy("bodyCode");
        return type == CertificateType.SKILL_LEVEL ? value.substring(1, 5) : value.substring(4, 8);
    }

    public int serial() {
        requireNotLegacy("serial");
        return Integer.parseInt(value.substring(value.length() - serialDigits()));
    }

    private int serialDigits() {
        if (type == null) {
            throw new IllegalStateException("a legacy number has no series");
        }
        return type == CertificateType.SKILL_LEVEL ? 6 : 8;
    }

    private void requireSkillLevel(String part) {
        if (type != CertificateType.SKILL_LEVEL) {
            throw new IllegalStateException(part + " exists only in skill-level numbers: " + value);
        }
    }

    private void requireNotLegacy(String part) {
        if (type == null) {
            throw new IllegalStateException(part + " is not defined for a legacy number: " + value);
        }
    }

    private static String otherPrefix(CertificateType type) {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        return switch (type) {
            case SPECIAL_ABILITY -> "ZX";
            case TRAINING_COMPLETION -> "PX";
            case SKILL_LEVEL -> throw new IllegalArgumentException("skill-level numbers are made by skillLevel(...)");
        };
    }

    private static String digits(String part, String text, int length) {
        if (text == null || text.length() != length || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(part + " must be " + length + " digits: " + text);
        }
        return text;
    }

    /** Both 26 and 2026 mean 2026: callers hold either a LocalDate's year or a stored 2-digit year. */
    private static String twoDigitYear(int year) {
        if (year >= 0 && year <= 99) {
            return String.format(Locale.ROOT, "%02d", year);
        }
        if (year >= 2000 && year <= 2099) {
            return String.format(Locale.ROOT, "%02d", year - 2000);
        }
        throw new IllegalArgumentException("year must be 0..99 or 2000..2099: " + year);
    }

    private static String serial(String series, int serial, int max, int digits) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial must be at least 1: " + serial);
        }
        if (serial > max) {
            // A business limit, not a bug: the series (body, site, year, level) has run out.
            throw new DomainException("certificate.number.exhausted", series);
        }
        return String.format(Locale.ROOT, "%0" + digits + "d", serial);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
