package dev.kairos.platform.auth;

import java.util.Set;

/**
 * What an OAuth access token lets its holder do: act as its subject, within the permissions of the
 * client that issued it (Cal.com's names, {@code *} for all).
 *
 * @param clientId    the OAuth client that issued the token
 * @param permissions the client's permissions that the token carries
 */
public record TokenGrant(String clientId, Set<String> permissions) {

    public static final String ALL = "*";

    public TokenGrant {
        permissions = Set.copyOf(permissions);
    }

    public boolean allows(String permission) {
        return permissions.contains(ALL) || permissions.contains(permission);
    }
}
