package org.skillpass.subsidy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.MessageLines;
import org.skillpass.subsidy.domain.Explanation;
import org.skillpass.subsidy.domain.Refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Turns the subsidy context's message keys with arguments (rule results, amount explanations, refusals)
 * into the viewer's language for the pages ({@code #{subsidyTexts.line(l)}}), and formats money and dates.
 */
@Named
@ApplicationScoped
public class SubsidyTexts {

    public String line(MessageLines.Line l) {
        return l.key() == null ? "" : Messages.text(l.key(), l.args());
    }

    public String rule(String name) {
        return "RATE".equals(name) || "BASIS".equals(name) ? Messages.text("subsidy.rule.name.other")
                : Messages.text("subsidy.rule.name." + name);
    }

    public String refusal(Refusal r) {
        return Messages.text(r.messageKey(), r.args());
    }

    public String problem(org.skillpass.shared.domain.DomainException e) {
        return e == null ? "" : Messages.text(e.messageKey(), e.args());
    }

    public String explanation(Explanation e) {
        return Messages.text(e.messageKey(), e.args());
    }

    public List<String> refusals(List<Refusal> refusals) {
        return refusals.stream().map(this::refusal).toList();
    }

    public static String money(BigDecimal b) {
        return b == null ? "" : String.format(Locale.ROOT, "%,.2f", b.setScale(2, RoundingMode.HALF_UP));
    }

    /** 12.50 → 12.5, 15.00 → 15: hours without trailing zeros. */
    public String hours(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    public String yuan(BigDecimal b) {
        return money(b);
    }

    public String date(Instant at) {
        return at == null ? "" : at.atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    public String time(Instant at) {
        return at == null ? "" : at.atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
