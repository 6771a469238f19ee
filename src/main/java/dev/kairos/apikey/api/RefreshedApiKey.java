package dev.kairos.apikey.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cal.com's {@code ApiKeyOutput}: the new key. */
public record RefreshedApiKey(@Schema(required = true) String apiKey) {
}
