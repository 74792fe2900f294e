package org.allianceledger.command.idempotency;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The id of what a create request makes: the client's, else one derived from its Idempotency-Key (a repeat with the
 * key then names the same alliance, application or deal), else a random UUID. Kept on the request, so an answer of
 * unknown outcome can tell the client which id to send it again with.
 */
public final class CreatedId {

    private static final String ATTRIBUTE = CreatedId.class.getName();

    private CreatedId() {
    }

    public static String of(String field, String given) {
        String id = given != null ? given
                : IdempotentRequest.current().map(IdempotentRequest::derivedId).orElseGet(() -> UUID.randomUUID().toString());
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, Map.entry(field, id), RequestAttributes.SCOPE_REQUEST);
        }
        return id;
    }

    /** The field and id the request being handled on this thread creates, if it is a create. */
    @SuppressWarnings("unchecked")
    public static Optional<Map.Entry<String, String>> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((Map.Entry<String, String>) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
