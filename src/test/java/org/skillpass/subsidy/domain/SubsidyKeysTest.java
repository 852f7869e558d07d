package org.skillpass.subsidy.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * subsidy-keys.txt (key, zh-CN, English, tab-separated; merged into the bundles by hand) has every key
 * the subsidy domain uses, with patterns MessageFormat accepts and the same placeholders in both languages.
 */
class SubsidyKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\"(subsidy\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Map<String, String[]> keys() throws IOException {
        Map<String, String[]> keys = new LinkedHashMap<>();
        try (InputStream in = SubsidyKeysTest.class.getResourceAsStream("/org/skillpass/i18n/subsidy-keys.txt")) {
            assertThat(in).as("subsidy-keys.txt on the classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t", -1);
                assertThat(cols).as(line).hasSize(3);
                assertThat(cols[1]).as(line).isNotBlank();
                assertThat(cols[2]).as(line).isNotBlank();
                assertThat(keys.put(cols[0], cols)).as("duplicate " + cols[0]).isNull();
            }
        }
        return keys;
    }

    @Test
    void patternsAreValidWithTheSamePlaceholders() throws IOException {
        for (String[] row : keys().values()) {
            new MessageFormat(row[1], Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(row[2], Locale.ENGLISH);
            assertThat(placeholders(row[2])).as(row[0]).isEqualTo(placeholders(row[1]));
            assertThat(row[1] + row[2]).as(row[0] + ": a single quote would vanish in MessageFormat").doesNotContain("'");
        }
    }

    @Test
    void everyKeyUsedInTheCodeIsListed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/skillpass/subsidy"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Milestone m : Milestone.values()) {
            used.add("subsidy.results.tranche." + m.name());
            used.add("subsidy.results.tranche." + m.name() + ".explained");
        }
        for (EmploymentRateScaling.Band b : EmploymentRateScaling.Band.values()) {
            used.add("subsidy.results.band." + b.name());
        }
        for (EligibilityRule r : EligibilityRules.standard().rules()) {
            used.add("subsidy.rule.name." + r.name());
        }
        assertThat(keys().keySet()).containsAll(used);
        assertThat(used).containsAll(keys().keySet());
    }

    @Test
    void aRefusalReadsWell() {
        String en = "You already have {0} subsidies in {1}; the limit is {2} a year.";
        Refusal r = Refusal.of(YearlyQuotaRule.NAME, "subsidy.rule.quota", 3L, "2026", 3);
        assertThat(new MessageFormat(en, Locale.ENGLISH).format(r.args()))
                .isEqualTo("You already have 3 subsidies in 2026; the limit is 3 a year.");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
