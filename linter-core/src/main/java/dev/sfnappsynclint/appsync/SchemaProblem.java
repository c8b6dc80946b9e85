package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.source.Location;

/** Why a schema does not parse or is not valid GraphQL for AppSync, and where. */
public record SchemaProblem(String message, Location location) {}
