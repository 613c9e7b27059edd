package org.emend.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The one other application the tests start besides the default: limits short enough to reach in a
 * test (OAI-PMH lists of two, a hundred requests a minute per API token, which the admin token's
 * setup of a test stays well under) and the bundled sample imported on first start. Every test that
 * needs other settings than the default shares it, so that Quarkus boots twice in all, whatever the
 * number of such tests.
 */
public class ShortLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "emend.api.rate-limit.per-minute", "100",
                "emend.oai.max-list-records", "2",
                "emend.oai.max-list-identifiers", "2",
                "emend.oai.max-list-sets", "2",
                "emend.import.demo", "true");
    }
}
