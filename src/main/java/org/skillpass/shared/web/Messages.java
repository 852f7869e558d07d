package org.skillpass.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text from the resource bundles in the viewer's language, and Faces messages built from it. */
public final class Messages {

    public static final String BUNDLE = "org.skillpass.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    public static Locale currentLocale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.getViewRoot() != null) {
            return fc.getViewRoot().getLocale();
        }
        return LocaleBean.DEFAULT;
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /**
     * Shows a rule violation: beside its field when the exception names one that is on the form
     * ({@code formId:field}), else at the top of the page.
     */
    public static void error(String formId, DomainException e) {
        String clientId = null;
        if (e instanceof FieldException fe && formId != null) {
            clientId = formId + ":" + fe.field();
            FacesContext fc = FacesContext.getCurrentInstance();
            if (fc.getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
    }

    /** Keeps messages across a redirect. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
