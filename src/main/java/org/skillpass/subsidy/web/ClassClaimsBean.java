package org.skillpass.subsidy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.skillpass.subsidy.application.ClaimService;
import org.skillpass.subsidy.domain.ClaimType;

import java.util.List;

/**
 * subsidy/class.xhtml?id=: an institution (or the employer of an order class) files claims of a chosen type for a
 * completed class's learners on their behalf (see {@link OnBehalfFilingBean}).
 */
@Named
@ViewScoped
public class ClassClaimsBean extends OnBehalfFilingBean {

    private String type = ClaimType.TRAINING.name();
    private List<ClaimService.ClassSummary> classes;

    @Override
    protected void loadChoices() {
        classes = claims.completedClasses(caller.get());
    }

    @Override
    protected List<ClaimService.ClassLine> preview() {
        return claims.classPreview(caller.get(), id, ClaimType.valueOf(type));
    }

    @Override
    protected ClaimService.ClassFiling fileFor(List<Long> chosen) {
        return claims.fileForClass(caller.get(), id, ClaimType.valueOf(type), chosen);
    }

    public List<ClaimType> getTypes() {
        return List.of(ClaimType.TRAINING, ClaimType.LIVING_ALLOWANCE, ClaimType.APPRENTICESHIP);
    }

    public String getClassName() {
        return classes == null || id == null ? "" : classes.stream().filter(c -> c.id() == id).map(ClaimService.ClassSummary::name)
                .findFirst().orElse("");
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public List<ClaimService.ClassSummary> getClasses() { return classes; }
}
