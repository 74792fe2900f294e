package org.allianceledger.query.chains;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.chains.ChainQueries.Chains;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class ChainController {

    private final ChainQueries queries;
    private final ChainPictures pictures;
    private final KnownAlliances alliances;

    ChainController(ChainQueries queries, ChainPictures pictures, KnownAlliances alliances) {
        this.queries = queries;
        this.pictures = pictures;
        this.alliances = alliances;
    }

    @Operation(operationId = "getChains", summary = "Cooperation chains: members linked by deals, upstream to downstream, with their longest paths")
    @GetMapping("/api/alliances/{allianceId}/chains")
    Chains chains(@PathVariable @Slug String allianceId,
                  @Parameter(description = "a past business day: members then, and deals signed by then")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.chains(allianceId, asOf);
    }

    @Operation(operationId = "getChainLayout",
               summary = "The cooperation chains laid out for drawing by Eclipse ELK: boxes, orthogonal edge routes from provider to receiver, label places; upstream on the left",
               description = "Names are sized for a 14 px font (nameFont), labels for 12 px (labelFont); labels are in the request's language (Chinese unless English is asked for). "
                             + "Past 100 members or 200 provider-receiver pairs it shows the largest chains that fit, or the largest chain's busiest members, and says so (truncated, shown*/total*).")
    @GetMapping("/api/alliances/{allianceId}/chains/layout")
    ChainPictures.ChainPicture layout(@PathVariable @Slug String allianceId,
                                      @Parameter(description = "a past business day: members then, and deals signed by then")
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                      @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return pictures.picture(allianceId, asOf, LocaleContextHolder.getLocale());
    }
}
