package dev.sfnappsynclint.finding;

import dev.sfnappsynclint.source.Location;

/**
 * Another place a finding concerns, with what it is: "the retrier that shadows this one",
 * "the mutation this subscription names". SARIF {@code relatedLocations}.
 */
public record RelatedLocation(Location location, String message) {}
