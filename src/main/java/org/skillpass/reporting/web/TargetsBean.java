package org.skillpass.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.reporting.application.RegionReport;
import org.skillpass.reporting.application.ReportingClock;
import org.skillpass.reporting.application.ReportingService;
import org.skillpass.reporting.application.SummaryUpdater;
import org.skillpass.reporting.application.TargetService;
import org.skillpass.reporting.domain.Target;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** reporting/targets.xhtml: admins set each region's annual training target (培训人次目标) and can rebuild the summaries. */
@Named
@ViewScoped
public class TargetsBean implements Serializable {

    @Inject
    transient TargetService targets;

    @Inject
    transient ReportingService reports;

    @Inject
    transient SummaryUpdater summaries;

    @Inject
    transient ReportingClock clock;

    @Inject
    CurrentCaller caller;

    private String regionCode;
    private Integer year;
    private Integer personTimes;
    private List<Target> list;
    private List<RegionReport.Place> regions;
    private final Map<String, RegionReport.Place> byCode = new HashMap<>();

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        regions = reports.regionsInScope(caller.get());
        regions.forEach(r -> byCode.put(r.code(), r));
        refresh();
    }

    private void refresh() {
        list = targets.list(caller.get(), null);
    }

    public void save() {
        try {
            Target t = targets.set(caller.get(), regionCode, year, personTimes);
            Messages.info("report.target.saved", regionName(t.getRegionCode()), t.getYear(), t.getPersonTimes());
            personTimes = null;
            refresh();
        } catch (DomainException e) {
            Messages.error("targetForm", e);
        }
    }

    public void edit(Target t) {
        regionCode = t.getRegionCode();
        year = t.getYear();
        personTimes = t.getPersonTimes();
    }

    public void remove(Target t) {
        try {
            targets.remove(caller.get(), t.getId());
            Messages.info("report.target.removed", regionName(t.getRegionCode()), t.getYear());
            refresh();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public void rebuild() {
        long started = System.nanoTime();
        summaries.rebuild();
        Messages.info("report.rebuilt", (System.nanoTime() - started) / 1_000_000);
    }

    public String regionName(String code) {
        RegionReport.Place p = byCode.get(code);
        return p == null ? code : p.name().text(Messages.currentLocale(), Messages::text);
    }

    public List<Integer> getYears() {
        return PeriodChoice.years(clock.today().getYear());
    }

    public List<Target> getList() { return list; }
    public List<RegionReport.Place> getRegions() { return regions; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getPersonTimes() { return personTimes; }
    public void setPersonTimes(Integer personTimes) { this.personTimes = personTimes; }
}
