package org.allianceledger.platform.web;

/** A query parameter the API cannot take; answered as VALIDATION_FAILED with the parameter as the field. */
public class InvalidParameter extends RuntimeException {

    private final String name;

    public InvalidParameter(String name, String message) {
        super(message, null, false, false);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
