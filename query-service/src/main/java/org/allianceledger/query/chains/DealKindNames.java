package org.allianceledger.query.chains;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The deal kinds as the chain picture labels them: Simplified Chinese unless the request asks for English. */
final class DealKindNames {

    private static final Map<String, String> CHINESE = Map.of(
            "SUPPLY", "供应", "DISTRIBUTION", "分销", "LONG_TERM_AGREEMENT", "长期协议",
            "LABOR_SHARING", "劳务共享", "TECHNICAL_SERVICE", "技术服务", "OTHER", "其他");
    private static final Map<String, String> ENGLISH = Map.of(
            "SUPPLY", "supply", "DISTRIBUTION", "distribution", "LONG_TERM_AGREEMENT", "long-term agreement",
            "LABOR_SHARING", "labour sharing", "TECHNICAL_SERVICE", "technical service", "OTHER", "other");

    private DealKindNames() {
    }

    /** "供应 · 分销 ×3": the kinds of a provider -> receiver pair, and how many deals when more than one. */
    static String label(List<String> kinds, int deals, Locale locale) {
        Map<String, String> names = "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
        String text = String.join(" · ", kinds.stream().map(kind -> names.getOrDefault(kind, kind)).toList());
        return deals > 1 ? text + " ×" + deals : text;
    }
}
