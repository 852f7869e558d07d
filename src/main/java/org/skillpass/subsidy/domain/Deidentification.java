package org.skillpass.subsidy.domain;

import org.skillpass.shared.domain.IdNumber;

/**
 * Masks for the de-identified public notice (公示) and exports: enough for a person to recognise their
 * own row, not enough to identify anyone else.
 * <ul>
 *   <li>Name: two characters keep the first ("张*"); three or more keep the first and the last with one
 *       star per hidden character ("张*明", "欧**锋"); in names with a middle dot (少数民族 names) the
 *       dot is hidden like any other character. Compound surnames (欧阳, 司马) are not treated specially —
 *       showing one character fewer only hides more. One character becomes "*". Counted in code points,
 *       so rare Han characters outside the BMP stay whole.</li>
 *   <li>ID number: {@link IdNumber#mask} — first 3 and last 4, the same as everywhere else in SkillPass,
 *       so the notice never shows more of a number than the system does.</li>
 *   <li>Phone: first 3 and last 4 ("138****0001"); shorter than 8 characters becomes "****".</li>
 * </ul>
 * Null or blank input gives "" — nothing to show.
 */
public final class Deidentification {

    private Deidentification() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return b.append('*').toString();
        }
        b.append("*".repeat(cps.length - 2));
        return b.appendCodePoint(cps[cps.length - 1]).toString();
    }

    public static String idNumber(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        return IdNumber.mask(number.strip());
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.replaceAll("[\\s-]", "");
        if (p.length() < 8) {
            return "****";
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
