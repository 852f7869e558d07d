package org.skillpass.subsidy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;
import org.skillpass.subsidy.application.ReviewService;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * subsidy/claims.xhtml: the claims in the caller's scope — for an HR officer the review queue of the
 * region and below, filtered by state, type, institution, submission dates, name or number, with batch
 * approval of the ticked claims (each at the version shown) or of everything matching the filters up to
 * {@link #MAX_FILTERED}; for institutions, bodies and employers the claims they filed.
 */
@Named
@ViewScoped
public class ClaimsBean implements Serializable {

    public static final int MAX_FILTERED = 1000;

    @Inject
    transient ReviewService review;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<ReviewService.Row> model;
    private String state = "SUBMITTED,UNDER_REVIEW";
    private String type;
    private String organisationId;
    private LocalDate from;
    private LocalDate to;
    private String name;
    private String reference;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private Map<ClaimState, Long> counts;
    private List<ReviewService.OrgOption> organisations;
    private String outcome;

    @PostConstruct
    void init() {
        if (!isOfficer()) {
            state = null;
        }
        model = new ServiceLazyDataModel<>(r -> {
            var page = review.list(caller.get(), r);
            page.rows().forEach(row -> versions.put(row.id(), row.version()));
            return page;
        }, row -> String.valueOf(row.id()));
        apply();
        counts = review.counts(caller.get());
        organisations = review.organisations(caller.get());
    }

    public boolean isOfficer() {
        return caller.get().has(Role.HR_OFFICER) || caller.get().isAdmin();
    }

    private Map<String, String> filters() {
        Map<String, String> f = new HashMap<>();
        put(f, "state", state);
        put(f, "type", type);
        put(f, "organisationId", organisationId);
        put(f, "from", from == null ? null : from.toString());
        put(f, "to", to == null ? null : to.toString());
        put(f, "name", name);
        put(f, "reference", reference);
        return f;
    }

    private static void put(Map<String, String> f, String k, String v) {
        if (v != null && !v.isBlank()) {
            f.put(k, v);
        }
    }

    private void apply() {
        for (String k : List.of("state", "type", "organisationId", "from", "to", "name", "reference")) {
            model.setFixedFilter(k, filters().get(k));
        }
    }

    public void search() {
        apply();
        model.search("list:table", "state", filters().get("state"));
        selected.clear();
    }

    public void approveSelected() {
        List<Long> ids = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        Map<Long, Long> seen = new HashMap<>();
        ids.forEach(id -> seen.put(id, versions.get(id)));
        approve(ids, seen);
    }

    /** Everything matching the filters (oldest first, at most {@link #MAX_FILTERED}), at the versions read now. */
    public void approveFiltered() {
        Map<String, String> f = filters();
        Map<Long, Long> found = review.ids(caller.get(), new PageRequest(0, 1, null, true, f), MAX_FILTERED);
        approve(new ArrayList<>(found.keySet()), found);
    }

    private void approve(List<Long> ids, Map<Long, Long> seen) {
        try {
            ReviewService.BatchResult r = review.approveBatch(caller.get(), ids, seen);
            Map<ReviewService.SkipReason, Integer> why = new EnumMap<>(ReviewService.SkipReason.class);
            r.skipped().forEach(s -> why.merge(s.reason(), 1, Integer::sum));
            StringBuilder b = new StringBuilder(Messages.text("subsidy.batch.done", r.approved(), r.skipped().size()));
            why.forEach((k, v) -> b.append(' ').append(Messages.text("subsidy.skip." + k.name(), v)));
            outcome = b.toString();
            Messages.info("subsidy.batch.done", r.approved(), r.skipped().size());
            selected.clear();
            counts = review.counts(caller.get());
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public long count(String s) {
        return counts == null ? 0 : counts.getOrDefault(ClaimState.valueOf(s), 0L);
    }

    public ClaimState[] getStates() {
        return ClaimState.values();
    }

    public ClaimType[] getTypes() {
        return ClaimType.values();
    }

    public ServiceLazyDataModel<ReviewService.Row> getModel() { return model; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Map<Long, Boolean> getSelected() { return selected; }
    public List<ReviewService.OrgOption> getOrganisations() { return organisations; }
    public String getOutcome() { return outcome; }
}
