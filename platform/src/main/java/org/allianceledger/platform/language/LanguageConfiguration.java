package org.allianceledger.platform.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC's locale; a WebMvcConfigurer, so that MVC test slices ({@code @WebMvcTest}) have it too. */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

    /** Named so, the one bean Spring MVC asks for the locale of every request (in place of Spring Boot's). */
    @Bean
    Languages localeResolver() {
        return new Languages();
    }

    @Bean
    Texts texts() {
        return new Texts();
    }
}
