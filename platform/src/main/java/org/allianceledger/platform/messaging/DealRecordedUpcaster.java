package org.allianceledger.platform.messaging;

import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.UnitCode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** DealRecorded revision 1 to 2: the quantity's unit as written becomes its UN/ECE Recommendation 20 code. */
public class DealRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(DealRecorded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(DealRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            JsonNode quantity = payload.get("quantity");
            if (quantity instanceof ObjectNode object && object.hasNonNull("unit")) {
                object.put("unit", UnitCode.normalise(object.get("unit").asString()));
            }
            return payload;
        });
    }
}
