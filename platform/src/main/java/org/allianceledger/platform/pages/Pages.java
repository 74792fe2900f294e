package org.allianceledger.platform.pages;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.language.Texts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product's own HTML pages: a Mustache template from {@code pages/<name>.html} whose {@code {{name}}} slots are
 * filled with HTML-escaped values, so a user name or a path can never become markup; a slot without a value fails.
 */
public class Pages {

    /** {@code {{> head}}} in a page is {@code pages/head.html}, the start every page shares. */
    private static final Mustache.Compiler MUSTACHE = Mustache.compiler()
            .withLoader(name -> new InputStreamReader(resource(name).getInputStream(), StandardCharsets.UTF_8));

    private final Languages languages;
    private final Texts texts;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

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
        return templates.computeIfAbsent(name, Pages::template).execute(values);
    }

    private static Template template(String name) {
        try (var in = new InputStreamReader(resource(name).getInputStream(), StandardCharsets.UTF_8)) {
            return MUSTACHE.compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No page template " + name, e);
        }
    }

    private static ClassPathResource resource(String name) {
        return new ClassPathResource("pages/" + name + ".html");
    }
}
