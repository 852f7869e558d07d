package org.skillpass.dev.generator;

import java.util.Locale;

/**
 * How much data to generate. {@code full} is a province-sized year-on-year dataset (issue 7): 1 million
 * workers, 3 million enrolments, about 1 million certificates and 500,000 subsidy claims; other scales are
 * fractions of it ({@code small} = 1 %, {@code tiny} = 0.1 %, or a number such as {@code 0.25}). The other
 * counts follow: about 30 learners a class, an institution per 1,500 enrolments, and so on.
 */
public record Scale(String name, int workers, int enrolments, int certificates, int claims) {

    public static final Scale FULL = new Scale("full", 1_000_000, 3_000_000, 1_000_000, 500_000);

    public static Scale parse(String text) {
        String s = text == null ? "small" : text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "full" -> FULL;
            case "small" -> fraction("small", 0.01);
            case "tiny" -> fraction("tiny", 0.001);
            default -> fraction(s, Double.parseDouble(s));
        };
    }

    public static Scale fraction(String name, double f) {
        if (f <= 0 || f > 10) {
            throw new IllegalArgumentException("scale must be in (0, 10]: " + f);
        }
        return new Scale(name, Math.max(200, (int) Math.round(FULL.workers * f)), Math.max(600, (int) Math.round(FULL.enrolments * f)),
                Math.max(200, (int) Math.round(FULL.certificates * f)), Math.max(100, (int) Math.round(FULL.claims * f)));
    }

    /** Training classes: about 30 enrolments each. */
    public int classes() {
        return Math.max(20, enrolments / 30);
    }

    public int institutions() {
        return Math.max(8, enrolments / 1500);
    }

    public int employers() {
        return Math.max(6, enrolments / 3000);
    }

    /** Assessment bodies: per city, at least one. */
    public int bodiesPerCity() {
        return Math.max(1, enrolments / 300_000);
    }
}
