package org.allianceledger.platform.messaging;

import org.allianceledger.events.DealRecorded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/**
 * DealRecorded revision 1 to 2: the quantity's unit as written becomes its UN/ECE Recommendation 20 code. The codes
 * are the ones revision 2 was defined with, kept here: the units the command side accepts may grow, but an event
 * stored as revision 1 must always read the same.
 */
public class DealRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(DealRecorded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(DealRecorded.class.getName(), "2");

    private static final Map<String, String> REVISION_2_CODES = Map.ofEntries(
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

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            JsonNode quantity = payload.get("quantity");
            if (quantity instanceof ObjectNode object && object.hasNonNull("unit")) {
                object.put("unit", revision2Unit(object.get("unit").asString()));
            }
            return payload;
        });
    }

    /** A code or an unknown unit stays as written, trimmed. */
    static String revision2Unit(String written) {
        String trimmed = written.strip();
        return REVISION_2_CODES.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }
}
