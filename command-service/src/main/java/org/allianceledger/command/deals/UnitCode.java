package org.allianceledger.command.deals;

import java.util.Locale;
import java.util.Map;

/**
 * Units of deal quantities as UN/ECE Recommendation 20 codes (TNE for tonnes, KGM, LTR, H87 for pieces, ...):
 * what people write ("t", "吨", "kg", "件") becomes the code; a code or an unknown unit stays as written. Units may be
 * added here freely: a deal stored before revision 2 reads with the codes its upcaster keeps, not with these.
 */
public final class UnitCode {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("t", "TNE"), Map.entry("ton", "TNE"), Map.entry("tons", "TNE"), Map.entry("tonne", "TNE"),
            Map.entry("tonnes", "TNE"), Map.entry("吨", "TNE"),
            Map.entry("kg", "KGM"), Map.entry("kilogram", "KGM"), Map.entry("kilograms", "KGM"),
            Map.entry("千克", "KGM"), Map.entry("公斤", "KGM"),
            Map.entry("g", "GRM"), Map.entry("gram", "GRM"), Map.entry("grams", "GRM"), Map.entry("克", "GRM"),
            Map.entry("l", "LTR"), Map.entry("litre", "LTR"), Map.entry("liter", "LTR"), Map.entry("litres", "LTR"),
            Map.entry("liters", "LTR"), Map.entry("升", "LTR"), Map.entry("公升", "LTR"),
            Map.entry("ml", "MLT"), Map.entry("毫升", "MLT"),
            Map.entry("piece", "H87"), Map.entry("pieces", "H87"), Map.entry("pc", "H87"), Map.entry("pcs", "H87"),
            Map.entry("个", "H87"), Map.entry("件", "H87"), Map.entry("台", "H87"), Map.entry("张", "H87"),
            Map.entry("box", "BX"), Map.entry("boxes", "BX"), Map.entry("箱", "BX"),
            Map.entry("set", "SET"), Map.entry("sets", "SET"), Map.entry("套", "SET"),
            Map.entry("m", "MTR"), Map.entry("metre", "MTR"), Map.entry("meter", "MTR"), Map.entry("米", "MTR"),
            Map.entry("m2", "MTK"), Map.entry("平方米", "MTK"), Map.entry("m3", "MTQ"), Map.entry("立方米", "MTQ"),
            Map.entry("h", "HUR"), Map.entry("hour", "HUR"), Map.entry("hours", "HUR"), Map.entry("小时", "HUR"),
            Map.entry("day", "DAY"), Map.entry("days", "DAY"), Map.entry("天", "DAY"),
            Map.entry("person", "IE"), Map.entry("persons", "IE"), Map.entry("people", "IE"), Map.entry("人", "IE"));

    private UnitCode() {
    }

    public static String normalise(String unit) {
        if (unit == null) {
            return null;
        }
        String trimmed = unit.strip();
        return CODES.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }
}
