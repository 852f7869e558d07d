package org.skillpass.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An occupation (职业/工种) of one catalog year, with the levels it can be trained and assessed at. */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "catalog_year", nullable = false)
    private int catalogYear;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** Comma-separated level numbers, e.g. "5,4,3". */
    @Column(nullable = false)
    private String levels;

    @Column(nullable = false)
    private boolean shortage;

    @Column(name = "special_operation", nullable = false)
    private boolean specialOperation;

    protected Occupation() {
    }

    public Occupation(int catalogYear, String code, String nameZh, String nameEn, List<SkillLevel> levels,
                      boolean shortage, boolean specialOperation) {
        this.catalogYear = catalogYear;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.levels = String.join(",", levels.stream().map(l -> String.valueOf(l.number())).toList());
        this.shortage = shortage;
        this.specialOperation = specialOperation;
    }

    public void update(String nameZh, String nameEn, List<SkillLevel> levels, boolean shortage, boolean specialOperation) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.levels = String.join(",", levels.stream().map(l -> String.valueOf(l.number())).toList());
        this.shortage = shortage;
        this.specialOperation = specialOperation;
    }

    public List<SkillLevel> levels() {
        return Arrays.stream(levels.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> SkillLevel.of(Integer.parseInt(s))).toList();
    }

    public boolean offers(SkillLevel level) {
        return levels().contains(level);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public Long getId() {
        return id;
    }

    public int getCatalogYear() {
        return catalogYear;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLevels() {
        return levels;
    }

    public boolean isShortage() {
        return shortage;
    }

    public boolean isSpecialOperation() {
        return specialOperation;
    }
}
