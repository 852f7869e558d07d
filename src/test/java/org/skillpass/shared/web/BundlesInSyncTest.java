package org.skillpass.shared.web;

import org.junit.jupiter.api.Test;
import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.Gender;
import org.skillpass.shared.domain.IdNumber;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * zh-CN and English bundles have the same keys, no empty texts, and every key the pages and the code
 * use exists (including keys built from enum names).
 */
class BundlesInSyncTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/skillpass/i18n");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Exception|Messages\\.(?:info|error|text))\\((?:[^\"()]*?, )?\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        zh.forEach((k, v) -> assertThat((String) v).as("zh " + k).isNotBlank());
        en.forEach((k, v) -> assertThat((String) v).as("en " + k).isNotBlank());
    }

    @Test
    void chineseBundleIsReallyChinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        assertThat((String) zh.get("login.title")).isEqualTo("登录");
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(Path.of("webapp"), ".xhtml", PAGE_KEY, used);
        collect(Path.of("src/main/java"), ".java", CODE_KEY, used);
        for (Role r : Role.values()) {
            used.add("role." + r);
        }
        for (OrganisationType t : OrganisationType.values()) {
            used.add("orgType." + t);
        }
        for (Gender g : Gender.values()) {
            used.add("gender." + g);
        }
        addAll(used, "mode.", org.skillpass.catalog.domain.DeliveryMode.values());
        addAll(used, "type.", org.skillpass.catalog.domain.TrainingType.values());
        addAll(used, "kind.", org.skillpass.catalog.domain.CourseKind.values());
        addAll(used, "classState.", org.skillpass.catalog.domain.ClassState.values());
        addAll(used, "sessionKind.", org.skillpass.catalog.domain.ClassSession.Kind.values());
        addAll(used, "enrolState.", org.skillpass.enrolment.domain.EnrolmentState.values());
        addAll(used, "category.", org.skillpass.enrolment.domain.LearnerCategory.values());
        addAll(used, "amode.", org.skillpass.assessment.domain.AssessmentMode.values());
        addAll(used, "results.", org.skillpass.assessment.domain.AssessmentSession.ResultsState.values());
        addAll(used, "result.", org.skillpass.assessment.domain.Candidate.Result.values());
        addAll(used, "duty.", org.skillpass.assessment.domain.PanelMember.Duty.values());
        addAll(used, "orderState.", org.skillpass.enrolment.domain.TrainingOrder.State.values());
        addAll(used, "flag.", org.skillpass.enrolment.domain.AttendanceFlag.Kind.values());
        addAll(used, "status.", org.skillpass.enrolment.domain.LearnerStatus.values());
        addAll(used, "certType.", org.skillpass.certificate.domain.CertificateType.values());
        addAll(used, "certState.", org.skillpass.certificate.domain.CertificateState.values());
        addAll(used, "verify.state.", org.skillpass.certificate.domain.CertificateState.values());
        addAll(used, "certBatch.", org.skillpass.certificate.domain.CertificateBatch.State.values());
        addAll(used, "verify.upload.", org.skillpass.certificate.application.VerificationService.UploadOutcome.values());
        for (org.skillpass.subsidy.domain.Milestone m : org.skillpass.subsidy.domain.Milestone.values()) {
            used.add("subsidy.results.tranche." + m.name());
            used.add("subsidy.results.tranche." + m.name() + ".explained");
        }
        addAll(used, "subsidy.results.band.", org.skillpass.subsidy.domain.EmploymentRateScaling.Band.values());
        for (org.skillpass.subsidy.domain.EligibilityRule r : org.skillpass.subsidy.domain.EligibilityRules.standard().rules()) {
            used.add("subsidy.rule.name." + r.name());
        }
        addAll(used, "subsidy.type.", org.skillpass.subsidy.domain.ClaimType.values());
        addAll(used, "subsidy.state.", org.skillpass.subsidy.domain.ClaimState.values());
        addAll(used, "subsidy.payee.", org.skillpass.subsidy.domain.PayeeType.values());
        addAll(used, "subsidy.evidence.kind.", org.skillpass.subsidy.application.ClaimService.EvidenceKind.values());
        addAll(used, "subsidy.followUp.outcome.", org.skillpass.subsidy.domain.FollowUpOutcome.values());
        addAll(used, "subsidy.followUp.source.", org.skillpass.subsidy.domain.FollowUpSource.values());
        addAll(used, "subsidy.objection.state.", org.skillpass.subsidy.domain.Objection.State.values());
        addAll(used, "subsidy.notice.state.", org.skillpass.subsidy.domain.PublicNotice.State.values());
        addAll(used, "subsidy.payment.state.", org.skillpass.subsidy.domain.PaymentBatch.State.values());
        addAll(used, "subsidy.results.scheme.", org.skillpass.subsidy.domain.ResultsPlan.Scheme.values());
        addAll(used, "subsidy.skip.", org.skillpass.subsidy.application.ReviewService.SkipReason.values());
        addAll(used, "subsidy.outcome.", org.skillpass.subsidy.application.MessageLines.Outcome.values());
        for (String key : org.skillpass.subsidy.application.SubsidyConfiguration.DEFAULTS.keySet()) {
            used.add("subsidy.config.key." + key);
        }
        used.add("subsidy.config.dayKind.HOLIDAY");
        used.add("subsidy.config.dayKind.WORKING_DAY");
        for (String action : org.skillpass.subsidy.application.ClaimChanges.ACTIONS) {
            used.add("subsidy.action." + action);
        }
        used.addAll(org.skillpass.subsidy.infrastructure.PaymentFiles.KEYS);
        addAll(used, "checkinMethod.", org.skillpass.enrolment.domain.CheckIn.Method.values());
        addAll(used, "report.claimType.", org.skillpass.subsidy.domain.ClaimType.values());
        addAll(used, "report.payee.", org.skillpass.subsidy.domain.PayeeType.values());
        addAll(used, "report.claimState.", org.skillpass.subsidy.domain.ClaimState.values());
        addAll(used, "report.areaKind.", org.skillpass.reporting.application.RegionReport.AreaKind.values());
        addAll(used, "report.period.label.", org.skillpass.reporting.domain.Period.Kind.values());
        addAll(used, "report.period.kind.", org.skillpass.reporting.domain.Period.Kind.values());
        for (String table : org.skillpass.reporting.application.ReportTables.ALL_TABLES) {
            used.add("report.table." + table);
        }
        for (org.skillpass.enrolment.domain.CheckInToken.Problem p : org.skillpass.enrolment.domain.CheckInToken.Problem.values()) {
            used.add("checkin.token." + p.name().toLowerCase());
        }
        for (org.skillpass.catalog.domain.SkillLevel l : org.skillpass.catalog.domain.SkillLevel.values()) {
            used.add("level." + l.number());
        }
        used.addAll(org.skillpass.enrolment.infrastructure.RosterSheet.KEYS);
        used.addAll(org.skillpass.catalog.infrastructure.OccupationSheet.KEYS);
        used.addAll(org.skillpass.assessment.domain.StaffingRules.KEYS);
        used.addAll(org.skillpass.assessment.infrastructure.ScoreSheet.KEYS);
        for (String filing : org.skillpass.catalog.domain.FilingRule.KEYS) {
            used.add(filing);
        }
        for (IdNumber.Problem p : IdNumber.Problem.values()) {
            used.add("idnumber." + p.name().toLowerCase());
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    private static void addAll(Set<String> into, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            into.add(prefix + v.name());
        }
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
