package dev.kairos.eventtype;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.eventtype.api.EventTypeInput;
import dev.kairos.platform.error.ApiException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Price, currency, metadata and the partner fields (API.md, Partners) with the ERD's metadata
 * aliases: {@code whitelist_enabled}, {@code refund_window_hours}, {@code cancellation_notice_hours}.
 * An explicit field wins over its alias.
 */
final class PartnerSettings {

    static final int MAX_METADATA_KEYS = 50;
    static final int MAX_KEY_LENGTH = 40;
    static final int MAX_VALUE_LENGTH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerSettings() {
    }

    static void apply(EventTypeInput in, EventType target) {
        if (in.price() != null) {
            target.price = in.price().intValueExact();
        }
        if (in.currency() != null) {
            target.currency = currency(in.currency());
        }
        if (in.metadata() != null) {
            target.metadata = metadata(in.metadata());
            applyAliases(target.metadata, target);
        }
        if (in.whitelist() != null) {
            target.whitelistEnabled = in.whitelist().enabled();
        }
        if (in.refundWindowHours() != null) {
            target.refundWindowHours = in.refundWindowHours();
        }
        if (in.cancellationNoticeHours() != null) {
            target.cancellationNoticeHours = in.cancellationNoticeHours();
        }
    }

    private static String currency(String code) {
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("currency", "'" + code + "' is not an ISO 4217 currency code such as usd or eur");
        }
    }

    private static Map<String, Object> metadata(Map<String, Object> metadata) {
        if (metadata.size() > MAX_METADATA_KEYS) {
            throw ApiException.validation("metadata", "has " + metadata.size() + " keys; at most " + MAX_METADATA_KEYS + " are allowed");
        }
        for (Map.Entry<String, Object> entry : metadata.entrySet()) {
            if (entry.getKey().isEmpty() || entry.getKey().length() > MAX_KEY_LENGTH) {
                throw ApiException.validation("metadata", "key '" + entry.getKey() + "' must be 1-" + MAX_KEY_LENGTH + " characters");
            }
            if (length(entry.getValue()) > MAX_VALUE_LENGTH) {
                throw ApiException.validation("metadata." + entry.getKey(), "must be at most " + MAX_VALUE_LENGTH + " characters");
            }
        }
        return new LinkedHashMap<>(metadata);
    }

    private static int length(Object value) {
        if (value == null || value instanceof String) {
            return value == null ? 0 : ((String) value).length();
        }
        try {
            return JSON.writeValueAsString(value).length();
        } catch (JsonProcessingException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static void applyAliases(Map<String, Object> metadata, EventType target) {
        if (metadata.containsKey("whitelist_enabled")) {
            Object value = metadata.get("whitelist_enabled");
            if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                throw ApiException.validation("metadata.whitelist_enabled", "must be true or false");
            }
            target.whitelistEnabled = Boolean.parseBoolean(value.toString());
        }
        if (metadata.containsKey("refund_window_hours")) {
            target.refundWindowHours = hours(metadata.get("refund_window_hours"), "metadata.refund_window_hours");
        }
        if (metadata.containsKey("cancellation_notice_hours")) {
            target.cancellationNoticeHours = hours(metadata.get("cancellation_notice_hours"), "metadata.cancellation_notice_hours");
        }
    }

    private static Integer hours(Object value, String field) {
        try {
            BigDecimal hours = new BigDecimal(String.valueOf(value).trim());
            int whole = hours.intValueExact();
            if (whole >= 0 && whole <= 8760) {
                return whole;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        throw ApiException.validation(field, "must be a whole number of hours from 0 to 8760");
    }
}
