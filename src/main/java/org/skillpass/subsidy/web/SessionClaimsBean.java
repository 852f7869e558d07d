package org.skillpass.subsidy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.skillpass.subsidy.application.ClaimService;

import java.util.List;

/**
 * subsidy/session.xhtml?id=: an assessment body files the assessment subsidy (评价补贴) of a locked session's
 * passed candidates on their behalf — each candidate's claim capped at the fee charged, with its rule
 * results (see {@link OnBehalfFilingBean}).
 */
@Named
@ViewScoped
public class SessionClaimsBean extends OnBehalfFilingBean {

    private List<ClaimService.SessionSummary> sessions;

    @Override
    protected void loadChoices() {
        sessions = claims.lockedSessions(caller.get());
    }

    @Override
    protected List<ClaimService.ClassLine> preview() {
        return claims.sessionPreview(caller.get(), id);
    }

    @Override
    protected ClaimService.ClassFiling fileFor(List<Long> chosen) {
        return claims.fileForSession(caller.get(), id, chosen);
    }

    public String getTitle() {
        return sessions == null || id == null ? "" : sessions.stream().filter(s -> s.id() == id)
                .map(s -> s.occupation() + " · " + s.heldOn()).findFirst().orElse("");
    }

    public List<ClaimService.SessionSummary> getSessions() { return sessions; }
}
