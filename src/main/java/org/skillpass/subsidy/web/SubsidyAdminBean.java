package org.skillpass.subsidy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Region;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.SubsidyConfiguration;
import org.skillpass.subsidy.domain.CertificateKind;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.RateRow;
import org.skillpass.subsidy.domain.RateTable;
import org.skillpass.subsidy.domain.SubsidySettings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * subsidy/admin.xhtml (admin): the subsidy rules as data, changed without a deployment — rate rows per
 * region, claim type, certificate kind and level from a date; per-region settings from a date (claims per
 * year, claim window, attendance, ages, shortage uplift, notice and review days); the working-day
 * calendar's holidays and make-up working days. HR officers read it.
 */
@Named
@ViewScoped
public class SubsidyAdminBean implements Serializable {

    @Inject
    transient SubsidyConfiguration config;

    @Inject
    transient OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private List<Region> regions;
    private List<SubsidyConfiguration.Rate> rates;
    private List<SubsidyConfiguration.Setting> settings;
    private List<SubsidyConfiguration.CalendarDay> days;
    private int year = LocalDate.now().getYear();

    private String rateRegion;
    private String rateType = ClaimType.TRAINING.name();
    private String rateKind = CertificateKind.SKILL_LEVEL.name();
    private Integer rateLevel = 5;
    private LocalDate rateFrom = LocalDate.now();
    private BigDecimal rateAmount;

    private String settingRegion;
    private String settingKey = SubsidyConfiguration.MAX_CLAIMS_PER_YEAR;
    private Integer settingValue;
    private LocalDate settingFrom = LocalDate.now();

    private String viewRegion;
    private SubsidySettings inForce = SubsidySettings.DEFAULTS;

    private String dayRegion;
    private LocalDate day;
    private boolean holiday = true;
    private String dayName;

    @PostConstruct
    void init() {
        regions = organisations.regions();
        reload();
    }

    private void reload() {
        rates = config.configuredRates(caller.get());
        settings = config.configuredSettings(caller.get());
        days = config.calendarDays(caller.get(), year);
        inForce = viewRegion == null || viewRegion.isBlank() ? SubsidySettings.DEFAULTS
                : config.settings(config.regionPath(viewRegion), LocalDate.now());
    }

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public void addRate() {
        try {
            ClaimType t = ClaimType.valueOf(rateType);
            CertificateKind k = t.needsCertificate() && rateKind != null && !rateKind.isBlank() ? CertificateKind.valueOf(rateKind) : null;
            config.addRate(caller.get(), rateRegion, t, k, rateLevel, rateFrom, rateAmount);
            Messages.info("subsidy.config.saved");
            reload();
        } catch (DomainException e) {
            Messages.error("rateForm", e);
        }
    }

    public void setSetting() {
        try {
            if (settingValue == null) {
                throw new org.skillpass.shared.domain.FieldException("value", "subsidy.config.value.range", settingKey);
            }
            config.setSetting(caller.get(), settingRegion, settingKey, settingValue, settingFrom);
            Messages.info("subsidy.config.saved");
            reload();
        } catch (DomainException e) {
            Messages.error("settingForm", e);
        }
    }

    public void showInForce() {
        try {
            reload();
        } catch (DomainException e) {
            Messages.error("inForceForm", e);
        }
    }

    public void setDay() {
        try {
            config.setCalendarDay(caller.get(), dayRegion, day, holiday, dayName);
            Messages.info("subsidy.config.saved");
            reload();
        } catch (DomainException e) {
            Messages.error("dayForm", e);
        }
    }

    public void removeDay(SubsidyConfiguration.CalendarDay d) {
        try {
            config.removeCalendarDay(caller.get(), d.regionCode(), d.day());
            reload();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public void changeYear() {
        reload();
    }

    public List<RateRow> getDefaults() {
        return RateTable.DEFAULTS;
    }

    /** The settings in force for the chosen region, as key and value for the page. */
    public List<String[]> getInForceRows() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{SubsidyConfiguration.MAX_CLAIMS_PER_YEAR, String.valueOf(inForce.maxClaimsPerYear())});
        out.add(new String[]{SubsidyConfiguration.CLAIM_WINDOW_MONTHS, String.valueOf(inForce.claimWindowMonths())});
        out.add(new String[]{SubsidyConfiguration.MIN_ATTENDANCE_PERCENT, inForce.minAttendance().movePointRight(2).stripTrailingZeros().toPlainString()});
        out.add(new String[]{SubsidyConfiguration.MIN_AGE, String.valueOf(inForce.minAge())});
        out.add(new String[]{SubsidyConfiguration.MAX_AGE_MEN, String.valueOf(inForce.maxAgeMen())});
        out.add(new String[]{SubsidyConfiguration.MAX_AGE_WOMEN, String.valueOf(inForce.maxAgeWomen())});
        out.add(new String[]{SubsidyConfiguration.SHORTAGE_UPLIFT_PERCENT, inForce.shortageUplift().movePointRight(2).stripTrailingZeros().toPlainString()});
        out.add(new String[]{SubsidyConfiguration.NOTICE_WORKING_DAYS, String.valueOf(inForce.noticeWorkingDays())});
        out.add(new String[]{SubsidyConfiguration.REVIEW_TARGET_WORKING_DAYS, String.valueOf(inForce.reviewTargetWorkingDays())});
        return out;
    }

    public List<String> getKeys() {
        return List.copyOf(SubsidyConfiguration.DEFAULTS.keySet());
    }

    public ClaimType[] getTypes() { return ClaimType.values(); }
    public CertificateKind[] getKinds() { return CertificateKind.values(); }
    public List<Region> getRegions() { return regions; }
    public List<SubsidyConfiguration.Rate> getRates() { return rates; }
    public List<SubsidyConfiguration.Setting> getSettings() { return settings; }
    public List<SubsidyConfiguration.CalendarDay> getDays() { return days; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getRateRegion() { return rateRegion; }
    public void setRateRegion(String rateRegion) { this.rateRegion = rateRegion; }
    public String getRateType() { return rateType; }
    public void setRateType(String rateType) { this.rateType = rateType; }
    public String getRateKind() { return rateKind; }
    public void setRateKind(String rateKind) { this.rateKind = rateKind; }
    public Integer getRateLevel() { return rateLevel; }
    public void setRateLevel(Integer rateLevel) { this.rateLevel = rateLevel; }
    public LocalDate getRateFrom() { return rateFrom; }
    public void setRateFrom(LocalDate rateFrom) { this.rateFrom = rateFrom; }
    public BigDecimal getRateAmount() { return rateAmount; }
    public void setRateAmount(BigDecimal rateAmount) { this.rateAmount = rateAmount; }
    public String getSettingRegion() { return settingRegion; }
    public void setSettingRegion(String settingRegion) { this.settingRegion = settingRegion; }
    public String getSettingKey() { return settingKey; }
    public void setSettingKey(String settingKey) { this.settingKey = settingKey; }
    public Integer getSettingValue() { return settingValue; }
    public void setSettingValue(Integer settingValue) { this.settingValue = settingValue; }
    public LocalDate getSettingFrom() { return settingFrom; }
    public void setSettingFrom(LocalDate settingFrom) { this.settingFrom = settingFrom; }
    public String getViewRegion() { return viewRegion; }
    public void setViewRegion(String viewRegion) { this.viewRegion = viewRegion; }
    public String getDayRegion() { return dayRegion; }
    public void setDayRegion(String dayRegion) { this.dayRegion = dayRegion; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public boolean isHoliday() { return holiday; }
    public void setHoliday(boolean holiday) { this.holiday = holiday; }
    public String getDayName() { return dayName; }
    public void setDayName(String dayName) { this.dayName = dayName; }
}
