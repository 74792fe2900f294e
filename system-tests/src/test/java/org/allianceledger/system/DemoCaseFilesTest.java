package org.allianceledger.system;

import org.allianceledger.launcher.DemoCase;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo files name every enterprise and department by a valid code, and every key a step uses exists. */
class DemoCaseFilesTest {

    @Test
    void jibeiCodesAreValidAndDepartmentsAreGovernmentOrgans() {
        DemoCase jibei = DemoCase.jibei();
        JsonNode root = jibei.root();
        root.get("enterprises").properties().forEach(entry ->
                assertThat(UnifiedSocialCreditCode.isValid(jibei.id(entry.getKey()))).as(entry.getKey()).isTrue());
        root.get("departments").properties().forEach(entry -> {
            String code = jibei.departmentId(entry.getKey());
            assertThat(UnifiedSocialCreditCode.isValid(code)).as(entry.getKey()).isTrue();
            assertThat(code).startsWith("11");
        });
    }

    @Test
    void jibeiSharesTwoEnterprisesBetweenAlliancesAsItsExpectationsSay() {
        DemoCase jibei = DemoCase.jibei();
        JsonNode expected = jibei.expectedOfService();
        int memberships = 0;
        Set<String> distinct = new HashSet<>();
        for (JsonNode step : jibei.root().get("steps")) {
            if (step.get("step").asString().equals("found")) {
                for (JsonNode member : step.get("foundingMembers")) {
                    memberships++;
                    distinct.add(jibei.id(member.asString()));
                }
            }
        }
        assertThat(memberships).isEqualTo(expected.get("memberships").asInt());
        assertThat(distinct).hasSize(expected.get("distinctEnterprises").asInt());
    }

    @Test
    void yanzhouServiceStepsNameDepartmentsAndInstructorsTheFileDefines() {
        DemoCase yanzhou = DemoCase.yanzhou();
        for (String key : Set.of("market", "manufacturing", "industry", "commerce", "health", "agriculture")) {
            assertThat(UnifiedSocialCreditCode.isValid(yanzhou.departmentId(key))).as(key).isTrue();
        }
        assertThat(yanzhou.instructor("zhang").get("name").asString()).isEqualTo("张迁");
        assertThat(yanzhou.expectedOfService().get("departments").asInt()).isEqualTo(6);
    }
}
