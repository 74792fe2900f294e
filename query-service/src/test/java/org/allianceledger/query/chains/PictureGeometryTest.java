package org.allianceledger.query.chains;

import org.allianceledger.query.chains.ChainLayout.Box;
import org.allianceledger.query.chains.ChainLayout.Label;
import org.allianceledger.query.chains.ChainLayout.Point;
import org.allianceledger.query.chains.ChainLayout.Route;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The geometry checks catch what they promise to: a picture broken in each way fails. */
class PictureGeometryTest {

    static final Box A = new Box("A", "甲", 0, 0, 100, 30), B = new Box("B", "乙", 200, 0, 100, 30),
            C = new Box("C", "丙", 100, 50, 60, 30), D = new Box("D", "丁", 400, 0, 100, 30);

    static Route route(String from, String to, List<Label> labels, Point... points) {
        return new Route(from, to, List.of("SUPPLY"), 1, List.of(points), labels);
    }

    static final Label LABEL = new Label("供应", 120, 0, 30, 16);

    @Test
    void aSoundPicturePasses() {
        assertThatCode(() -> PictureGeometry.check(List.of(A, B, C), List.of(route("A", "B", List.of(LABEL),
                new Point(100, 15), new Point(200, 15))), (f, t) -> true)).doesNotThrowAnyException();
    }

    @Test
    void aRouteThroughAnotherBoxFails() {
        assertThatThrownBy(() -> PictureGeometry.check(List.of(A, B, C), List.of(route("A", "B", List.of(),
                new Point(100, 15), new Point(130, 15), new Point(130, 60), new Point(180, 60), new Point(180, 15),
                new Point(200, 15))), (f, t) -> true)).hasMessageContaining("crosses the box of C");
    }

    @Test
    void aRouteStartingOffItsProviderFails() {
        assertThatThrownBy(() -> PictureGeometry.check(List.of(A, B), List.of(route("A", "B", List.of(),
                new Point(110, 15), new Point(200, 15))), (f, t) -> true)).hasMessageContaining("starts on the provider");
    }

    @Test
    void overlappingLabelsFail() {
        assertThatThrownBy(() -> PictureGeometry.check(List.of(A, B, D), List.of(
                route("A", "B", List.of(LABEL), new Point(100, 15), new Point(200, 15)),
                route("B", "D", List.of(new Label("分销", 140, 10, 30, 16)), new Point(300, 15), new Point(400, 15))),
                (f, t) -> true)).hasMessageContaining("labels");
    }

    @Test
    void overlappingBoxesAndARouteRunningRightToLeftFail() {
        assertThatThrownBy(() -> PictureGeometry.check(List.of(A, new Box("E", "戊", 50, 10, 100, 30)), List.of(),
                (f, t) -> true)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> PictureGeometry.check(List.of(A, B), List.of(route("B", "A", List.of(),
                new Point(200, 15), new Point(100, 15))), (f, t) -> true)).hasMessageContaining("left to right");
    }
}
