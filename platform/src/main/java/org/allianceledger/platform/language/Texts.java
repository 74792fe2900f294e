package org.allianceledger.platform.language;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/**
 * The product's fixed texts in both languages: problem titles ({@code problems.properties}, keyed by problem code)
 * and the pages' words ({@code pages.properties}). The unsuffixed files are English, {@code _zh_CN} Chinese; both
 * UTF-8.
 */
public class Texts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public Texts() {
        messages.setBasenames("problems", "pages");
        messages.setDefaultEncoding("UTF-8");
        // English is the unsuffixed file: the JVM's own locale must not be taken instead
        messages.setFallbackToSystemLocale(false);
    }

    /** The title of a problem code in a language; null for a code without one. */
    public String title(String code, Locale locale) {
        return messages.getMessage(code, null, null, locale);
    }

    /** A page's text; the key itself where there is none, so that a missing one shows rather than breaks the page. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
