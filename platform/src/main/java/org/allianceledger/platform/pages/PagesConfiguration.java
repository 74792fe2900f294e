package org.allianceledger.platform.pages;

import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.language.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The product's HTML pages; a WebMvcConfigurer, so that MVC test slices ({@code @WebMvcTest}) have them too. */
@Configuration(proxyBeanMethods = false)
public class PagesConfiguration implements WebMvcConfigurer {

    @Bean
    Pages pages(Languages languages, Texts texts) {
        return new Pages(languages, texts);
    }

    @Bean
    ErrorPages errorPages(Pages pages, @Value("${alliance.pages.home:}") String home) {
        return new ErrorPages(pages, home);
    }
}
