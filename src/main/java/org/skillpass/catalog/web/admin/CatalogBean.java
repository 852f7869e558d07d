package org.skillpass.catalog.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.skillpass.catalog.application.CatalogAdminService;
import org.skillpass.catalog.domain.CatalogVersion;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.catalog.infrastructure.OccupationSheet;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** admin/catalog.xhtml: yearly occupation catalogs: new year, edit, xlsx import, publish. */
@Named
@ViewScoped
public class CatalogBean implements Serializable {

    @Inject
    transient CatalogAdminService admin;

    @Inject
    CurrentCaller caller;

    private Integer year;
    private String query;
    private ServiceLazyDataModel<Occupation> model;
    private Integer newYear;
    private String newNameZh;
    private String newNameEn;
    private Integer copyFrom;
    private String code;
    private String nameZh;
    private String nameEn;
    private List<Integer> levels = new ArrayList<>(List.of(5, 4, 3));
    private boolean shortage;
    private boolean specialOperation;
    private transient UploadedFile sheet;
    private List<OccupationSheet.Problem> problems = List.of();

    @PostConstruct
    void init() {
        List<CatalogVersion> years = admin.years();
        year = years.isEmpty() ? null : years.get(0).getYear();
        copyFrom = year;
        newYear = year == null ? java.time.Year.now().getValue() : year + 1;
        model = new ServiceLazyDataModel<>(r -> year == null ? new org.skillpass.shared.domain.Page<>(List.of(), 0)
                : admin.page(caller.get(), year, r), o -> String.valueOf(o.getId()));
    }

    public List<CatalogVersion> getYears() {
        return admin.years();
    }

    public CatalogVersion getCurrent() {
        return getYears().stream().filter(v -> v.getYear() == (year == null ? -1 : year)).findFirst().orElse(null);
    }

    public void search() {
        model.search("list:table", "text", query);
    }

    public void createYear() {
        try {
            admin.createYear(caller.get(), newYear, newNameZh, newNameEn, copyFrom);
            year = newYear;
            Messages.info("catalog.created", newYear);
        } catch (DomainException e) {
            Messages.error("yearForm", e);
        }
    }

    public void publish() {
        try {
            admin.publish(caller.get(), year);
            Messages.info("catalog.published", year);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public void save() {
        try {
            Occupation o = admin.save(caller.get(), year, code, nameZh, nameEn,
                    levels.stream().map(SkillLevel::of).toList(), shortage, specialOperation);
            Messages.info("catalog.saved", o.getCode());
        } catch (DomainException e) {
            Messages.error("occupationForm", e);
        }
    }

    public void edit(Occupation o) {
        code = o.getCode();
        nameZh = o.getNameZh();
        nameEn = o.getNameEn();
        levels = new ArrayList<>(o.levels().stream().map(SkillLevel::number).toList());
        shortage = o.isShortage();
        specialOperation = o.isSpecialOperation();
    }

    public void importSheet() {
        problems = List.of();
        if (!org.skillpass.shared.web.Uploads.accept(sheet, "importForm:file")) {
            return;
        }
        try (InputStream in = sheet.getInputStream()) {
            CatalogAdminService.ImportResult r = admin.importSheet(caller.get(), year, in);
            Messages.info("catalog.imported", r.created(), r.updated());
        } catch (CatalogAdminService.ImportRefused e) {
            problems = e.problems();
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error(null, e);
        } catch (IOException e) {
            Messages.error("importForm:file", "catalog.sheet.unreadable");
        }
    }

    public String problemText(OccupationSheet.Problem p) {
        return Messages.text(p.messageKey(), p.args());
    }

    public SkillLevel[] getAllLevels() {
        return SkillLevel.values();
    }

    public ServiceLazyDataModel<Occupation> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public String getNewNameZh() {
        return newNameZh;
    }

    public void setNewNameZh(String newNameZh) {
        this.newNameZh = newNameZh;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public Integer getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(Integer copyFrom) {
        this.copyFrom = copyFrom;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public List<Integer> getLevels() {
        return levels;
    }

    public void setLevels(List<Integer> levels) {
        this.levels = levels;
    }

    public boolean isShortage() {
        return shortage;
    }

    public void setShortage(boolean shortage) {
        this.shortage = shortage;
    }

    public boolean isSpecialOperation() {
        return specialOperation;
    }

    public void setSpecialOperation(boolean specialOperation) {
        this.specialOperation = specialOperation;
    }

    public UploadedFile getSheet() {
        return sheet;
    }

    public void setSheet(UploadedFile sheet) {
        this.sheet = sheet;
    }

    public List<OccupationSheet.Problem> getProblems() {
        return problems;
    }
}
