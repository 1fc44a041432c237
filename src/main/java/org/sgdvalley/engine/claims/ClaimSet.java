package org.sgdvalley.engine.claims;

import java.util.List;

/**
 * The claims of one preset and the metrics they read.
 *
 * @param metrics the metrics a draw must compute (its evaluation plan is the preset's)
 * @param claims  the claims, in the order of the preset's "what to look for"
 */
public record ClaimSet(List<String> metrics, List<Claim> claims) {

    public ClaimSet {
        metrics = List.copyOf(metrics);
        claims = List.copyOf(claims);
    }
}
