package org.skillpass.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;

/** An administrative division (province, city or county) with its GB/T 2260 code. Reference data. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 6)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(nullable = false)
    private String path;

    protected Region() {
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

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getPath() {
        return path;
    }
}
