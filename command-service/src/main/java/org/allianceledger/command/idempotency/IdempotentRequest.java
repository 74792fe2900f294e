package org.allianceledger.command.idempotency;

import org.allianceledger.platform.web.InvalidParameter;
import org.axonframework.messaging.MetaData;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A command request sent with an {@code Idempotency-Key} (IETF httpapi draft): who sent it, to which method and
 * path, under which key, and a fingerprint of its body. Caller, request and key together scope the key, so two
 * callers or two paths never collide on one.
 */
public record IdempotentRequest(String caller, String request, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";
    private static final String ATTRIBUTE = IdempotentRequest.class.getName();
    private static final String CALLER = "idempotency.caller";
    private static final String REQUEST = "idempotency.request";
    private static final String KEY = "idempotency.key";
    private static final String FINGERPRINT = "idempotency.fingerprint";
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]{1,255}");

    /** The key the header gives: a structured-field string ({@code "..."}) or the bare text many clients send. */
    static String parseKey(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (!PRINTABLE.matcher(key).matches() || key.isBlank()) {
            throw new InvalidParameter(HEADER, "must be 1 to 255 printable ASCII characters");
        }
        return key;
    }

    /** The keyed request this thread is handling, if any. */
    public static Optional<IdempotentRequest> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((IdempotentRequest) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    void remember(RequestAttributes attributes) {
        attributes.setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
    }

    /** Carried by the command, so the handler sees it on whichever thread a retry runs. */
    Map<String, String> asMetaData() {
        return Map.of(CALLER, caller, REQUEST, request, KEY, key, FINGERPRINT, fingerprint);
    }

    static Optional<IdempotentRequest> of(MetaData metaData) {
        return metaData.containsKey(KEY)
                ? Optional.of(new IdempotentRequest((String) metaData.get(CALLER), (String) metaData.get(REQUEST),
                                                    (String) metaData.get(KEY), (String) metaData.get(FINGERPRINT)))
                : Optional.empty();
    }

    /**
     * The id a create without one gets: the same for every repeat of this request, so a retry after an unknown
     * outcome names what the first attempt may have created; another caller, path or key gets another.
     */
    String derivedId() {
        return UUID.nameUUIDFromBytes(String.join("\n", caller, request, key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
