package org.skillpass.reporting.domain;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What a row of a report is about: a bundle key (a training type, a certificate level) or a name in
 * both languages (a region, an occupation, an institution). Rendered in the viewer's language.
 */
public record Label(String key, String zh, String en) {

    public static Label key(String key) {
        return new Label(key, null, null);
    }

    public static Label name(String zh, String en) {
        return new Label(null, zh, en == null || en.isBlank() ? zh : en);
    }

    public static Label name(String both) {
        return new Label(null, both, both);
    }

    /** The text in a language; {@code bundle} looks up keys (locale, key → text). */
    public String text(Locale locale, BiFunction<Locale, String, String> bundle) {
        if (key != null) {
            return bundle.apply(locale, key);
        }
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
