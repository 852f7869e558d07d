package org.skillpass.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.assessment.application.AssessmentService;
import org.skillpass.assessment.domain.AssessmentMode;
import org.skillpass.assessment.domain.AssessmentSession;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** assessment/sessions.xhtml: the sessions the caller may see, and (for assessors) opening a new one. */
@Named
@ViewScoped
public class SessionsBean implements Serializable {

    @Inject
    transient AssessmentService assessments;

    @Inject
    transient CatalogService catalog;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<AssessmentSession> model;
    private Long occupationId;
    private Integer level = 5;
    private AssessmentMode mode = AssessmentMode.ON_SITE;
    private String site;
    private LocalDate heldOn = LocalDate.now().plusDays(7);
    private Integer theoryRooms = 1;
    private BigDecimal fee;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> assessments.sessions(caller.get(), r), s -> String.valueOf(s.getId()));
    }

    public boolean isAssessor() {
        return caller.get().has(Role.ASSESSOR);
    }

    public List<Occupation> completeOccupation(String query) {
        return catalog.search(query, 20);
    }

    public String create() {
        try {
            AssessmentSession s = assessments.create(caller.get(), new AssessmentService.NewSession(occupationId, level, mode,
                    site, heldOn, theoryRooms, fee));
            Messages.info("assessment.created");
            Messages.keepForRedirect();
            return "/assessment/session.xhtml?faces-redirect=true&id=" + s.getId();
        } catch (DomainException e) {
            Messages.error("sessionForm", e);
            return null;
        }
    }

    public SkillLevel[] getLevels() {
        return SkillLevel.values();
    }

    public AssessmentMode[] getModes() {
        return AssessmentMode.values();
    }

    public ServiceLazyDataModel<AssessmentSession> getModel() {
        return model;
    }

    public Long getOccupationId() {
        return occupationId;
    }

    public void setOccupationId(Long occupationId) {
        this.occupationId = occupationId;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public AssessmentMode getMode() {
        return mode;
    }

    public void setMode(AssessmentMode mode) {
        this.mode = mode;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getTheoryRooms() {
        return theoryRooms;
    }

    public void setTheoryRooms(Integer theoryRooms) {
        this.theoryRooms = theoryRooms;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }
}
