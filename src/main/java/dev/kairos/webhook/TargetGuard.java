package dev.kairos.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SSRF guard: decides whether a subscriber URL may receive deliveries, and to which addresses.
 * Plain Java so that the whole table of cases is tested without a server.
 *
 * <p>By default only https to public addresses passes. {@code allowPrivate} (self-hosted
 * installations with internal receivers) also lets http, loopback and private networks through,
 * never cloud metadata endpoints, multicast or the unspecified address. Hosts written as numbers
 * in any form other than a plain dotted quad ({@code 2130706433}, {@code 0x7f.1},
 * {@code 0177.0.0.1}) are refused outright: no legitimate receiver is written that way, and
 * resolvers disagree about what they mean.
 */
public final class TargetGuard {

    /** Resolves a host name to its addresses; the default asks the JVM's resolver. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed, with the addresses it was checked against (connect only to these). */
    public record Target(URI uri, String host, List<InetAddress> addresses) {
    }

    /** Why a URL was refused, in words the API returns to the client. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final Set<String> METADATA_HOSTS = Set.of("metadata", "metadata.google.internal", "metadata.goog",
            "metadata.azure.com", "instance-data", "instance-data.ec2.internal", "169.254.169.254.nip.io");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

    private final boolean allowPrivate;
    private final Resolver resolver;

    public TargetGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public static TargetGuard withSystemResolver(boolean allowPrivate) {
        return new TargetGuard(allowPrivate, InetAddress::getAllByName);
    }

    /** Checks the URL's form and every address its host resolves to. */
    public Target check(String url) throws Refused {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (METADATA_HOSTS.contains(host)) {
            throw new Refused("points at a cloud metadata service, which never receives webhooks");
        }
        InetAddress[] addresses = addressesOf(host);
        for (InetAddress address : addresses) {
            refuseAddress(address);
        }
        return new Target(uri, host, List.copyOf(Arrays.asList(addresses)));
    }

    private InetAddress[] addressesOf(String host) throws Refused {
        if (host.startsWith("[")) {
            return new InetAddress[] { literal(host.substring(1, host.length() - 1)) };
        }
        refuseNumericTricks(host);
        if (DOTTED_QUAD.matcher(host).matches()) {
            return new InetAddress[] { ipv4Literal(host) };
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("host " + host + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("host " + host + " does not resolve");
        }
        return addresses;
    }

    private URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("is not a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("is not a valid absolute http(s) URL with a host");
        }
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw new Refused(allowPrivate ? "must use https or http" : "must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        return uri;
    }

    private static InetAddress literal(String ipv6) throws Refused {
        if (!ipv6.contains(":") || !ipv6.matches("[0-9a-fA-F:.]+")) {
            throw new Refused("has an invalid IPv6 address");
        }
        try {
            return InetAddress.getByName(ipv6);
        } catch (UnknownHostException e) {
            throw new Refused("has an invalid IPv6 address");
        }
    }

    private static InetAddress ipv4Literal(String dottedQuad) {
        String[] parts = dottedQuad.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Host names whose last label is a number are addresses in disguise unless a plain dotted quad. */
    private static void refuseNumericTricks(String host) throws Refused {
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (NUMERIC_LABEL.matcher(last).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw new Refused("writes an IP address in a non-standard numeric form (decimal, octal, hex or shortened); "
                    + "use a host name or a dotted-quad address");
        }
    }

    private void refuseAddress(InetAddress address) throws Refused {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                refuseIpv4(embedded, address.getHostAddress());
                return;
            }
            refuseIpv6(b, address.getHostAddress());
        } else if (address instanceof Inet4Address) {
            refuseIpv4(b, address.getHostAddress());
        }
    }

    private void refuseIpv4(byte[] b, String shown) throws Refused {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        int a3 = b[3] & 0xff;
        if ((a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) || (a0 == 169 && a1 == 254 && a2 == 170 && a3 == 2)
                || (a0 == 100 && a1 == 100 && a2 == 100 && a3 == 200) || (a0 == 192 && a1 == 0 && a2 == 0 && a3 == 192)) {
            throw new Refused("resolves to " + shown + ", a cloud metadata address");
        }
        if (a0 == 0 || a0 >= 224) {
            throw new Refused("resolves to " + shown + ", an unspecified, multicast, broadcast or reserved address");
        }
        if (allowPrivate) {
            return;
        }
        String kind = null;
        if (a0 == 127) {
            kind = "a loopback";
        } else if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            kind = "a private";
        } else if (a0 == 169 && a1 == 254) {
            kind = "a link-local";
        } else if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            kind = "a carrier-grade NAT";
        } else if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113) || (a0 == 192 && a1 == 88 && a2 == 99)) {
            kind = "a special-purpose";
        }
        if (kind != null) {
            throw new Refused("resolves to " + shown + ", " + kind + " address; only public receivers are allowed "
                    + "(KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true allows internal ones)");
        }
    }

    private void refuseIpv6(byte[] b, String shown) throws Refused {
        if (isMetadataV6(b)) {
            throw new Refused("resolves to " + shown + ", a cloud metadata address");
        }
        boolean unspecified = true;
        for (byte x : b) {
            unspecified &= x == 0;
        }
        if (unspecified || (b[0] & 0xff) == 0xff) {
            throw new Refused("resolves to " + shown + ", an unspecified or multicast address");
        }
        if (allowPrivate) {
            return;
        }
        boolean loopback = b[15] == 1;
        for (int i = 0; i < 15; i++) {
            loopback &= b[i] == 0;
        }
        String kind = null;
        if (loopback) {
            kind = "a loopback";
        } else if ((b[0] & 0xfe) == 0xfc) {
            kind = "a unique-local";
        } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            kind = "a link-local";
        } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            kind = "a site-local";
        } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            kind = "a documentation";
        }
        if (kind != null) {
            throw new Refused("resolves to " + shown + ", " + kind + " address; only public receivers are allowed "
                    + "(KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true allows internal ones)");
        }
    }

    /** AWS's IPv6 metadata endpoint fd00:ec2::254. */
    private static boolean isMetadataV6(byte[] b) {
        byte[] aws = { (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54 };
        return Arrays.equals(b, aws);
    }

    /**
     * The IPv4 address inside IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible
     * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) and 6to4 ({@code 2002:AABB:CCDD::})
     * addresses, which reach that IPv4 address; null for others.
     */
    static byte[] embeddedIpv4(byte[] b) {
        boolean mapped = zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        // ::a.b.c.d, but not :: and ::1, which are the IPv6 unspecified and loopback addresses.
        boolean compatible = zero(b, 0, 12) && !(zero(b, 12, 15) && (b[15] & 0xff) <= 1);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
