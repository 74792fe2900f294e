package org.allianceledger.query.departments;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.departments.DepartmentQueries.InstructorDepartment;
import org.allianceledger.query.departments.DepartmentQueries.AllianceInstructor;
import org.allianceledger.query.departments.DepartmentQueries.InstructorsAndUncovered;
import org.allianceledger.query.departments.DepartmentQueries.PartnerDepartment;
import org.allianceledger.query.departments.DepartmentQueries.ServedMember;
import org.allianceledger.query.departments.DepartmentQueries.UncoveredMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /departments and /instructors at their HTTP edge. */
@WebMvcTest(controllers = DepartmentController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class DepartmentControllerTest {

    static final LocalDate DAY = LocalDate.of(2023, 1, 11);
    static final AllianceInstructor ZHANG = new AllianceInstructor(
            "zhang", "张迁", new InstructorDepartment("11370812YKY0WCH4RR", "兖州区市场监督管理局"), LocalDate.of(2022, 5, 1),
            List.of(new ServedMember(YIHAI.id(), YIHAI.name(), LocalDate.of(2022, 5, 1))));

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    DepartmentQueries departments;
    @MockitoBean
    KnownAlliances alliances;
    @MockitoBean
    AllianceQueries versions;

    @Test
    void thePartnersOfTheDayAreCountedAndListedWithTheirInstructors() {
        when(departments.partners("yz", DAY)).thenReturn(List.of(
                new PartnerDepartment("11370812YKY0WCH4RR", "兖州区市场监督管理局", LocalDate.of(2022, 4, 21), List.of(ZHANG))));

        assertThat(mvc.get().uri("/api/alliances/yz/departments?asOf=2023-01-11")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","asOf":"2023-01-11","count":1,"departments":[
                         {"id":"11370812YKY0WCH4RR","name":"兖州区市场监督管理局","joinedOn":"2022-04-21","instructors":[
                          {"id":"zhang","name":"张迁","department":{"id":"11370812YKY0WCH4RR","name":"兖州区市场监督管理局"},
                           "appointedOn":"2022-05-01",
                           "serves":[{"id":"91370812G890PMMGXK","name":"益海嘉里","since":"2022-05-01"}]}]}]}""");
    }

    @Test
    void theInstructorsNowAreListedWithTheMembersNobodyServes() {
        when(departments.instructorsAndUncovered("yz", null)).thenReturn(new InstructorsAndUncovered(
                List.of(ZHANG), List.of(new UncoveredMember(BAIXIANG.id(), BAIXIANG.name()))));

        assertThat(mvc.get().uri("/api/alliances/yz/instructors")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","count":1,"instructors":[
                          {"id":"zhang","name":"张迁","department":{"id":"11370812YKY0WCH4RR","name":"兖州区市场监督管理局"},
                           "appointedOn":"2022-05-01",
                           "serves":[{"id":"91370812G890PMMGXK","name":"益海嘉里","since":"2022-05-01"}]}],
                         "uncovered":[{"id":"9137081237GMLL666A","name":"白象食品"}]}""");
    }

    @Test
    void theDepartmentsOfAnUnknownAllianceAreANotFoundProblem() {
        doThrow(new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance nowhere")).when(alliances).require("nowhere");

        assertThat(mvc.get().uri("/api/alliances/nowhere/instructors"))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("ALLIANCE_NOT_FOUND");
        verifyNoInteractions(departments);
    }

    @Test
    void aDayThatIsNoDateIsABadRequest() {
        assertThat(mvc.get().uri("/api/alliances/yz/departments?asOf=2023-13-01"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        verifyNoInteractions(departments);
    }
}
