package org.allianceledger.command.problems;

import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ResolvedBy;

import java.time.LocalDate;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;

/** The problem ledger's test data: 白象's financing problem of 2023, assigned to the market regulator. */
public final class ProblemFixtures {

    public static final String PROBLEM = "p-1";
    public static final LocalDate RAISED_ON = LocalDate.of(2023, 3, 1);
    public static final LocalDate ASSIGNED_ON = LocalDate.of(2023, 3, 2);
    public static final LocalDate DUE_ON = LocalDate.of(2023, 3, 31);
    public static final LocalDate RESOLVED_ON = LocalDate.of(2023, 3, 20);

    private ProblemFixtures() {
    }

    public static RaiseProblem raise() {
        return new RaiseProblem(ALLIANCE, PROBLEM, BAIXIANG.id(), RAISED_ON, ProblemCategory.FINANCING, "流动资金紧张",
                                "原料采购季流动资金缺口", false, null);
    }

    public static ProblemRaised raised() {
        return raise().toEvent();
    }

    public static AssignProblem assign() {
        return new AssignProblem(ALLIANCE, PROBLEM, MARKET.id(), ASSIGNED_ON, DUE_ON);
    }

    public static ProblemAssigned assigned() {
        return new ProblemAssigned(ALLIANCE, PROBLEM, MARKET.id(), ASSIGNED_ON, DUE_ON);
    }

    public static ResolveProblem resolve() {
        return new ResolveProblem(ALLIANCE, PROBLEM, "协调银行授信", RESOLVED_ON, ResolvedBy.DEPARTMENT);
    }

    public static ProblemResolved resolved() {
        return new ProblemResolved(ALLIANCE, PROBLEM, "协调银行授信", RESOLVED_ON, ResolvedBy.DEPARTMENT);
    }
}
