package org.allianceledger.platform.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration {

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
