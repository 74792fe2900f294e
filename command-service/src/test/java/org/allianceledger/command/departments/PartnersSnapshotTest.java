package org.allianceledger.command.departments;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.platform.messaging.MessagingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.appointed;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot holds the partners whole: departments (also one that withdrew), instructors, postings and recalls. */
class PartnersSnapshotTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes())
            .build();

    @Test
    void partnersSurviveSerializationAsASnapshotWholly() throws ReflectiveOperationException {
        LocalDate later = LocalDate.of(2022, 9, 30);
        Alliance alliance = sourced(List.of(
                Yanzhou.allianceFounded(), joined(MARKET), joined(MANUFACTURING),
                appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()), appointed("li", MANUFACTURING, JINMAILANG.id()),
                new InstructorPosted(ALLIANCE, "zhang", JINMAILANG.id(), later),
                new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), later, PostingEndReason.ENDED),
                new PostingEnded(ALLIANCE, "li", JINMAILANG.id(), later, PostingEndReason.DEPARTMENT_WITHDREW),
                new InstructorRecalled(ALLIANCE, "li", later),
                new DepartmentWithdrew(ALLIANCE, MANUFACTURING.id(), later)));

        SerializedObject<String> snapshot = serializer.serialize(alliance, String.class);
        Alliance restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("兖州区市场监督管理局", "zhang", "2022-09-30");
        assertThat(restored).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(alliance);
        assertThat(serializer.serialize(restored, String.class).getData()).isEqualTo(snapshot.getData());
    }

    private static Alliance sourced(List<Object> events) throws ReflectiveOperationException {
        Constructor<Alliance> forAxon = Alliance.class.getDeclaredConstructor();
        forAxon.setAccessible(true);
        EventSourcedAggregate<Alliance> aggregate = EventSourcedAggregate.initialize(
                forAxon.newInstance(), AnnotatedAggregateMetaModelFactory.inspectAggregate(Alliance.class),
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("Alliance", ALLIANCE, i, events.get(i)));
        }
        aggregate.initializeState(DomainEventStream.of(messages.stream()));
        return aggregate.getAggregateRoot();
    }
}
