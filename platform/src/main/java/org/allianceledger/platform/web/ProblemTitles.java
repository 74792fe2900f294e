package org.allianceledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.language.Texts;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Locale;

/**
 * A problem's title in the caller's language (cookie {@code lang}, Accept-Language, else Chinese), by its stable
 * code; the code and type stay as they are. Every problem a controller or {@link ProblemHandler} answers passes here,
 * and {@link ProblemWriter} asks the same for the ones written outside Spring MVC.
 */
@RestControllerAdvice
public class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final Languages languages;
    private final Texts texts;

    public ProblemTitles(Languages languages, Texts texts) {
        this.languages = languages;
        this.texts = texts;
    }

    public void title(ProblemDetail problem, HttpServletRequest request) {
        title(problem, request == null ? Languages.CHINESE : languages.resolveLocale(request));
    }

    void title(ProblemDetail problem, Locale locale) {
        Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
        String title = code == null ? null : texts.title(code.toString(), locale);
        if (title != null) {
            problem.setTitle(title);
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            title(problem, request instanceof ServletServerHttpRequest servlet ? servlet.getServletRequest() : null);
        }
        return body;
    }
}
