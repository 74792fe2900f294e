package org.allianceledger.platform.web;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.allianceledger.platform.language.Languages;
import org.allianceledger.platform.language.Texts;
import org.allianceledger.platform.pages.ErrorPages;
import org.allianceledger.platform.pages.Pages;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain refuses with a code only; ProblemHandler answers each as the problem of that code. */
class DomainRefusalAnswersTest {

    private final ProblemHandler handler = new ProblemHandler(new ErrorPages(new Pages(new Languages(), new Texts()), ""));

    @ParameterizedTest
    @EnumSource(RefusalCode.class)
    void aDomainRefusalIsAnsweredAsTheProblemOfItsCode(RefusalCode code) {
        ResponseEntity<Object> answer = handler.refused(new Refused(code, "the reason"));

        assertThat(answer.getStatusCode().is4xxClientError()).as("a refusal is the client's mistake").isTrue();
        ProblemDetail body = (ProblemDetail) answer.getBody();
        assertThat(body.getProperties()).containsEntry("code", code.name());
        assertThat(body.getDetail()).isEqualTo("the reason");
        assertThat(body.getType()).hasToString("urn:problem-type:alliance-ledger:"
                                               + code.name().toLowerCase().replace('_', '-'));
    }

    @ParameterizedTest
    @EnumSource(RefusalCode.class)
    void aDomainRefusalIsAnsweredExactlyAsTheWebRefusalOfTheSameProblem(RefusalCode code) {
        ResponseEntity<Object> domain = handler.refused(new Refused(code, "the reason"));
        ResponseEntity<Object> web = handler.refused(new Refusal(Problem.valueOf(code.name()), "the reason"));

        assertThat(domain.getStatusCode()).isEqualTo(web.getStatusCode());
        assertThat(domain.getHeaders()).isEqualTo(web.getHeaders());
        assertThat(domain.getBody()).isEqualTo(web.getBody());
    }

    @ParameterizedTest
    @CsvSource({"APPLICATION_NOT_FOUND, 404", "MEMBER_NOT_FOUND, 404", "VALIDATION_FAILED, 400", "ALREADY_VOTED, 409",
                "DATE_OUT_OF_ORDER, 409", "ID_ALREADY_USED, 409"})
    void aMissingApplicationOrMemberIsNotFoundABrokenFoundingInvalidAndABrokenRuleAConflict(RefusalCode code, int status) {
        assertThat(handler.refused(new Refused(code, "why")).getStatusCode().value()).isEqualTo(status);
    }

    @Test
    void aRefusalThatAxonWrapsIsAnsweredAsTheRefusal() {
        ResponseEntity<Object> answer = handler.fromAxon(
                new CommandExecutionException("handler failed", new Refused(RefusalCode.NOT_CURRENT_CHAIR, "not the chair")));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("code", "NOT_CURRENT_CHAIR");
    }
}
