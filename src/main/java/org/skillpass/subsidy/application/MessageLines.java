package org.skillpass.subsidy.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.skillpass.subsidy.domain.EligibilityResult;
import org.skillpass.subsidy.domain.Explanation;
import org.skillpass.subsidy.domain.Refusal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule results and amount explanations as they were shown when a claim was filed, kept with the claim
 * as JSON (message key plus arguments) so each reader sees them in their own language later. Numbers stay
 * numbers (MessageFormat patterns such as {@code {0,number,percent}} need them); dates and everything else
 * are kept as text.
 */
public final class MessageLines {

    /** What one rule said: PASSED, REFUSED (with the message) or NOT_APPLICABLE. */
    public enum Outcome { PASSED, REFUSED, NOT_APPLICABLE }

    public record Line(String rule, Outcome outcome, String key, Object[] args) {
        public Line {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    private MessageLines() {
    }

    /** Every rule in order: refusals with their messages, passed and not applicable ones by name. */
    public static List<Line> rules(EligibilityResult result, List<String> order) {
        List<Line> out = new ArrayList<>();
        for (String rule : order) {
            List<Refusal> refusals = result.refusals().stream().filter(r -> r.rule().equals(rule)).toList();
            if (!refusals.isEmpty()) {
                refusals.forEach(r -> out.add(new Line(rule, Outcome.REFUSED, r.messageKey(), r.args())));
            } else if (result.passed().contains(rule)) {
                out.add(new Line(rule, Outcome.PASSED, null, null));
            } else if (result.notApplicable().contains(rule)) {
                out.add(new Line(rule, Outcome.NOT_APPLICABLE, null, null));
            }
        }
        return out;
    }

    public static List<Line> explanation(List<Explanation> steps) {
        return steps.stream().map(e -> new Line(null, null, e.messageKey(), e.args())).toList();
    }

    public static String toJson(List<Line> lines) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Line l : lines) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            if (l.rule() != null) {
                o.add("rule", l.rule());
            }
            if (l.outcome() != null) {
                o.add("outcome", l.outcome().name());
            }
            if (l.key() != null) {
                o.add("key", l.key());
            }
            JsonArrayBuilder args = Json.createArrayBuilder();
            for (Object arg : l.args()) {
                if (arg == null) {
                    args.addNull();
                } else if (arg instanceof BigDecimal b) {
                    args.add(b);
                } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
                    args.add(((Number) arg).longValue());
                } else if (arg instanceof Number n) {
                    args.add(new BigDecimal(n.toString()));
                } else if (arg instanceof TemporalAccessor || arg instanceof Enum<?>) {
                    args.add(arg.toString());
                } else {
                    args.add(String.valueOf(arg));
                }
            }
            o.add("args", args);
            a.add(o);
        }
        return a.build().toString();
    }

    public static List<Line> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Line> out = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                List<Object> args = new ArrayList<>();
                for (JsonValue a : o.getJsonArray("args")) {
                    if (a instanceof JsonNumber n) {
                        args.add(n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue());
                    } else if (a instanceof JsonString s) {
                        args.add(s.getString());
                    } else {
                        args.add(null);
                    }
                }
                out.add(new Line(o.getString("rule", null), o.containsKey("outcome") ? Outcome.valueOf(o.getString("outcome")) : null,
                        o.getString("key", null), args.toArray()));
            }
        }
        return out;
    }
}
