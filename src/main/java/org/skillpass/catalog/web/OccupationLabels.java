package org.skillpass.catalog.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.shared.web.LocaleBean;

/**
 * "6-31-01-03 电工" for occupation pickers. PrimeFaces evaluates an autocomplete's item label both for
 * the suggestions (occupations) and for the chosen value, which the pages keep as the occupation id.
 */
@Named
@ApplicationScoped
public class OccupationLabels {

    @Inject
    CatalogService catalog;

    @Inject
    LocaleBean locale;

    public String label(Object item) {
        Occupation o = item instanceof Occupation occupation ? occupation
                : item instanceof Number id ? catalog.occupation(id.longValue()) : null;
        return o == null ? "" : o.getCode() + " " + o.name(locale.getLocale());
    }
}
