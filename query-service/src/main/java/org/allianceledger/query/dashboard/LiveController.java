package org.allianceledger.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.alliances.KnownAlliances;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveController {

    private final LiveUpdates updates;
    private final KnownAlliances alliances;
    private final AllianceQueries versions;

    LiveController(LiveUpdates updates, KnownAlliances alliances, AllianceQueries versions) {
        this.updates = updates;
        this.alliances = alliances;
        this.versions = versions;
    }

    @Operation(operationId = "streamLiveUpdates", summary = "Server-sent events: `applied` {allianceId, version} each time the read models of the "
                         + "alliance have applied new events (first one at once), `rebuilt` after a rebuild")
    @GetMapping(path = "/api/alliances/{allianceId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable @Slug String allianceId,
                    @Parameter(description = "wait until the read models applied this version (up to 5 s) before the first event")
                    @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return updates.listen(allianceId, versions.version(allianceId));
    }
}
