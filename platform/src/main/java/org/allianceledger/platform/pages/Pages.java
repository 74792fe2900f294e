package org.allianceledger.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.language.Texts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's own HTML pages: a template from {@code pages/<name>.html} whose {@code {{name}}} slots are filled
 * with HTML-escaped values, so a user name or a path can never become markup. Small enough not to need a template
 * engine.
 */
public class Pages {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

    private final Languages languages;
    private final Texts texts;
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    public Pages(Languages languages, Texts texts) {
        this.languages = languages;
        this.texts = texts;
    }

    public Locale locale(HttpServletRequest request) {
        return languages.resolveLocale(request);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return texts.text(key, locale, arguments);
    }

    /** Writes a page with the given status; the language's tag and the product's name are filled in for every page. */
    public void write(HttpServletResponse response, int status, String name, Locale locale, Map<String, String> values)
            throws IOException {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("lang", Languages.tag(locale));
        all.putIfAbsent("product", text("page.product", locale));
        byte[] page = render(name, all).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the page is in the language of the request's cookie or Accept-Language: caches must keep them apart
        response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    String render(String name, Map<String, String> values) {
        Matcher slot = SLOT.matcher(templates.computeIfAbsent(name, Pages::template));
        StringBuilder page = new StringBuilder();
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Page " + name + " has no value for " + slot.group(1));
            }
            slot.appendReplacement(page, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8")));
        }
        return slot.appendTail(page).toString();
    }

    private static String template(String name) {
        try (var in = new ClassPathResource("pages/" + name + ".html").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No page template " + name, e);
        }
    }
}
