package org.skillpass.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.domain.DeliveryMode;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Region;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** catalog/search.xhtml: public course search, phone first, paged in SQL. */
@Named
@ViewScoped
public class SearchBean implements Serializable {

    @Inject
    transient ClassService classes;

    @Inject
    transient OrganisationService organisations;

    private String occupation;
    private String regionCode;
    private DeliveryMode mode;
    private Integer level;
    private LocalDate startFrom = LocalDate.now();
    private ServiceLazyDataModel<TrainingClass> model;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> classes.search(
                new ClassService.Search(occupation, regionCode, mode, level, startFrom), r.offset(), r.size()),
                c -> String.valueOf(c.getId()));
    }

    public void search() {
        model.search("results:table", "none", null);
    }

    public List<Region> getRegions() {
        return organisations.regions();
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }

    public SkillLevel[] getLevels() {
        return SkillLevel.values();
    }

    public ServiceLazyDataModel<TrainingClass> getModel() {
        return model;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public void setMode(DeliveryMode mode) {
        this.mode = mode;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public LocalDate getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(LocalDate startFrom) {
        this.startFrom = startFrom;
    }
}
