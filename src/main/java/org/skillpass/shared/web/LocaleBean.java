package org.skillpass.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The viewer's language for this session: zh-CN by default, English on request or when the browser
 * asks for it (Faces picks among the supported locales of faces-config.xml).
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            Locale requested = fc == null ? DEFAULT : fc.getApplication().getViewHandler().calculateLocale(fc);
            locale = supported(requested);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** BCP 47 tag for the html lang attribute. */
    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public String switchTo(String tag) {
        locale = supported(Locale.forLanguageTag(tag));
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(locale);
        // reload the same view so every component renders in the new language
        return fc.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return DEFAULT;
    }
}
