package erp.onlinesync.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages for this session: the browser's preferred language among those the
 * bundle has, until the person picks another in the menu bar. The layout's {@code f:view} reads it.
 */
@Named
@SessionScoped
public class LocaleChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The languages the bundle is complete in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "nl", "id");

    private Locale chosen;

    public Locale getLocale() {
        if (chosen == null) {
            chosen = fromBrowser();
        }
        return chosen;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Keeps the pick for the session; an unknown language is ignored. */
    public void setLanguage(String language) {
        if (LANGUAGES.contains(language)) {
            chosen = Locale.forLanguageTag(language);
        }
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Loads the page the person is on again, with its parameters, now in the chosen language. */
    public void apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Pages.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, faces.getViewRoot().getViewId(),
                Map.of(), true));
    }

    private static Locale fromBrowser() {
        Iterator<Locale> preferred = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            String language = preferred.next().getLanguage();
            // Java still knows Indonesian by its old code "in"
            String normalized = "in".equals(language) ? "id" : language;
            if (LANGUAGES.contains(normalized)) {
                return Locale.forLanguageTag(normalized);
            }
        }
        return Locale.forLanguageTag(LANGUAGES.get(0));
    }
}
