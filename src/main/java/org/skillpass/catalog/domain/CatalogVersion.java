package org.skillpass.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One year's occupation catalog (工种目录, adjusted yearly). */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion {

    @Id
    private int year;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean published;

    protected CatalogVersion() {
    }

    public CatalogVersion(int year, String nameZh, String nameEn) {
        this.year = year;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void publish() {
        published = true;
    }

    public int getYear() {
        return year;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isPublished() {
        return published;
    }
}
