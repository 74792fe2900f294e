package org.allianceledger.query.zones;

import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.departments.DepartmentQueries.InstructorDepartment;
import org.allianceledger.query.departments.DepartmentQueries.ServedMember;
import org.allianceledger.query.zones.ZoneQueries.ZoneAlliance;
import org.allianceledger.query.zones.ZoneQueries.ZoneDepartment;
import org.allianceledger.query.zones.ZoneQueries.ZoneEnterprise;
import org.allianceledger.query.zones.ZoneQueries.ZoneInstructor;
import org.allianceledger.query.zones.ZoneQueries.ZoneSummary;
import org.allianceledger.query.zones.ZoneQueries.ZoneView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /api/zones at its HTTP edge. */
@WebMvcTest(controllers = ZoneController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class ZoneControllerTest {

    static final LocalDate FOUNDED_ON = LocalDate.of(2021, 3, 1);

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ZoneQueries zones;
    @MockitoBean
    AllianceQueries versions;

    @Test
    void everyZoneIsListedWithItsCounts() {
        when(zones.zones()).thenReturn(List.of(new ZoneSummary("jibei", "济北经济开发区", "济阳区", "党工委", FOUNDED_ON, 5, 125)));

        assertThat(mvc.get().uri("/api/zones")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"zones":[{"zoneId":"jibei","name":"济北经济开发区","region":"济阳区","committee":"党工委",
                           "foundedOn":"2021-03-01","allianceCount":5,"enterpriseCount":125}]}""");
    }

    @Test
    void theZoneOfTheDayAskedForShowsItsAlliancesAndDistinctEnterprises() {
        LocalDate day = LocalDate.of(2023, 3, 1);
        when(zones.zone("jibei", day)).thenReturn(Optional.of(new ZoneView(
                "jibei", "济北经济开发区", "济阳区", "党工委", FOUNDED_ON, day, 2, 2, 1, 1,
                List.of(new ZoneAlliance("food", "食品联盟", LocalDate.of(2023, 2, 1), 2, BAIXIANG.id(), BAIXIANG.name()),
                        new ZoneAlliance("drinks", "饮品联盟", LocalDate.of(2023, 2, 2), 1, YIHAI.id(), YIHAI.name())),
                List.of(new ZoneEnterprise(BAIXIANG.id(), BAIXIANG.name(), List.of("food")),
                        new ZoneEnterprise(YIHAI.id(), YIHAI.name(), List.of("drinks", "food"))),
                List.of(new ZoneDepartment("11370812YKY0WCH4RR", "兖州区市场监督管理局", List.of("food", "drinks"))),
                List.of(new ZoneInstructor("food", "zhang", "张迁",
                                           new InstructorDepartment("11370812YKY0WCH4RR", "兖州区市场监督管理局"),
                                           List.of(new ServedMember(YIHAI.id(), YIHAI.name(), LocalDate.of(2023, 2, 5))))))));

        assertThat(mvc.get().uri("/api/zones/jibei?asOf=2023-03-01")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"zoneId":"jibei","name":"济北经济开发区","region":"济阳区","committee":"党工委","foundedOn":"2021-03-01",
                 "asOf":"2023-03-01","allianceCount":2,"enterpriseCount":2,"departmentCount":1,"instructorCount":1,
                 "alliances":[{"allianceId":"food","name":"食品联盟","joinedOn":"2023-02-01","memberCount":2,
                               "chair":"9137081237GMLL666A","chairName":"白象食品"},
                              {"allianceId":"drinks","name":"饮品联盟","joinedOn":"2023-02-02","memberCount":1,
                               "chair":"91370812G890PMMGXK","chairName":"益海嘉里"}],
                 "enterprises":[{"id":"9137081237GMLL666A","name":"白象食品","alliances":["food"]},
                                {"id":"91370812G890PMMGXK","name":"益海嘉里","alliances":["drinks","food"]}],
                 "departments":[{"id":"11370812YKY0WCH4RR","name":"兖州区市场监督管理局","alliances":["food","drinks"]}],
                 "instructors":[{"allianceId":"food","id":"zhang","name":"张迁",
                                 "department":{"id":"11370812YKY0WCH4RR","name":"兖州区市场监督管理局"},
                                 "serves":[{"id":"91370812G890PMMGXK","name":"益海嘉里","since":"2023-02-05"}]}]}""");
    }

    @Test
    void withoutADayTheZoneNowIsAskedFor() {
        when(zones.zone("jibei", null)).thenReturn(Optional.of(new ZoneView(
                "jibei", "济北经济开发区", "济阳区", "党工委", FOUNDED_ON, null, 0, 0, 0, 0, List.of(), List.of(), List.of(),
                List.of())));

        assertThat(mvc.get().uri("/api/zones/jibei")).hasStatusOk().bodyJson()
                .extractingPath("$.enterpriseCount").isEqualTo(0);
    }

    @Test
    void anUnknownZoneIsANotFoundProblem() {
        when(zones.zone(any(), any())).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/zones/nowhere"))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("ZONE_NOT_FOUND");
    }

    @Test
    void aMalformedDayIsInvalidAndAsksNothing() {
        assertThat(mvc.get().uri("/api/zones/jibei?asOf=2023-13-01"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(mvc.get().uri("/api/zones/jibei?asOf=")).hasStatus(400);
        verifyNoInteractions(zones);
    }
}
