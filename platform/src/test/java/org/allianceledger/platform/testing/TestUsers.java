package org.allianceledger.platform.testing;

/** One user per role, as Spring properties, for tests that call the real HTTP stack. */
public final class TestUsers {

    public static final String[] PROPERTIES = {
            "alliance.security.users[0].name=operator",
            "alliance.security.users[0].password={noop}operator-pw",
            "alliance.security.users[0].roles[0]=OPERATOR",
            "alliance.security.users[1].name=viewer",
            "alliance.security.users[1].password={noop}viewer-pw",
            "alliance.security.users[1].roles[0]=VIEWER",
            "alliance.security.users[2].name=auditor",
            "alliance.security.users[2].password={noop}auditor-pw",
            "alliance.security.users[2].roles[0]=AUDITOR",
            "alliance.security.users[3].name=admin",
            "alliance.security.users[3].password={noop}admin-pw",
            "alliance.security.users[3].roles[0]=ADMIN",
    };

    private TestUsers() {
    }
}
