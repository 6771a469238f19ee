package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetGuardTest {

    /** A resolver with fixed answers, so that no case depends on the machine's DNS. */
    private static final Map<String, String[]> DNS = Map.of(
            "hooks.example.com", new String[] { "93.184.216.34" },
            "v6.example.com", new String[] { "2606:4700::6810:85e5" },
            "internal.example.com", new String[] { "10.1.2.3" },
            "rebind.example.com", new String[] { "93.184.216.34", "127.0.0.1" },
            "localhost", new String[] { "127.0.0.1" },
            "meta.example.com", new String[] { "169.254.169.254" },
            "mapped.example.com", new String[] { "::ffff:10.0.0.1" });

    private static final TargetGuard.Resolver RESOLVER = host -> {
        String[] answers = DNS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[answers.length];
        for (int i = 0; i < answers.length; i++) {
            addresses[i] = InetAddress.getByName(answers[i]);
        }
        return addresses;
    };

    @ParameterizedTest(name = "{0} -> strict {1}, allowPrivate {2}")
    @CsvSource(delimiter = '|', textBlock = """
            https://hooks.example.com/cal                 | ok      | ok
            https://hooks.example.com:8443/cal?x=1        | ok      | ok
            https://v6.example.com/                       | ok      | ok
            https://93.184.216.34/hook                    | ok      | ok
            https://[2606:4700::6810:85e5]/hook           | ok      | ok
            http://hooks.example.com/cal                  | refused | ok
            ftp://hooks.example.com/cal                   | refused | refused
            hooks.example.com/cal                         | refused | refused
            https:///nohost                               | refused | refused
            https://user:pw@hooks.example.com/            | refused | refused
            https://unknown.example.org/                  | refused | refused
            https://localhost/                            | refused | ok
            https://127.0.0.1/                            | refused | ok
            https://127.255.0.9/                          | refused | ok
            https://[::1]/                                | refused | ok
            https://10.0.0.1/                             | refused | ok
            https://172.16.5.4/                           | refused | ok
            https://172.31.255.255/                       | refused | ok
            https://172.32.0.1/                           | ok      | ok
            https://192.168.1.1/                          | refused | ok
            https://169.254.10.10/                        | refused | ok
            https://100.64.0.1/                           | refused | ok
            https://100.127.255.254/                      | refused | ok
            https://100.128.0.1/                          | ok      | ok
            https://internal.example.com/                 | refused | ok
            https://rebind.example.com/                   | refused | ok
            https://[fc00::1]/                            | refused | ok
            https://[fd12:3456::1]/                       | refused | ok
            https://[fe80::1]/                            | refused | ok
            https://[::ffff:127.0.0.1]/                   | refused | ok
            https://[::ffff:7f00:1]/                      | refused | ok
            https://[::ffff:10.0.0.1]/                    | refused | ok
            https://mapped.example.com/                   | refused | ok
            https://[64:ff9b::a00:1]/                     | refused | ok
            https://[2002:a00:1::]/                       | refused | ok
            https://[::127.0.0.1]/                        | refused | ok
            https://169.254.169.254/latest/meta-data/     | refused | refused
            https://[::ffff:169.254.169.254]/             | refused | refused
            https://[fd00:ec2::254]/                      | refused | refused
            https://100.100.100.200/                      | refused | refused
            https://meta.example.com/                     | refused | refused
            https://metadata.google.internal/             | refused | refused
            https://METADATA.google.internal./            | refused | refused
            https://224.0.0.1/                            | refused | refused
            https://255.255.255.255/                      | refused | refused
            https://0.0.0.0/                              | refused | refused
            https://[::]/                                 | refused | refused
            https://[ff02::1]/                            | refused | refused
            https://2130706433/                           | refused | refused
            https://0x7f000001/                           | refused | refused
            https://0x7f.0.0.1/                           | refused | refused
            https://0177.0.0.1/                           | refused | refused
            https://017700000001/                         | refused | refused
            https://127.1/                                | refused | refused
            https://127.0.1/                              | refused | refused
            https://3627734706/                           | refused | refused
            https://010.0.0.1/                            | refused | refused
            """)
    void decides(String url, String strict, String allowPrivate) {
        assertEquals(strict, outcome(new TargetGuard(false, RESOLVER), url), "strict " + url);
        assertEquals(allowPrivate, outcome(new TargetGuard(true, RESOLVER), url), "allowPrivate " + url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://10.0.0.1/          | a private address
            https://[fe80::1]/         | a link-local address
            https://100.64.0.1/        | a carrier-grade NAT address
            https://169.254.169.254/   | cloud metadata
            https://2130706433/        | non-standard numeric form
            http://hooks.example.com/  | must use https
            """)
    void saysWhy(String url, String reason) {
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class, () -> new TargetGuard(false, RESOLVER).check(url));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @org.junit.jupiter.api.Test
    void keepsTheAddressesItChecked() throws TargetGuard.Refused {
        TargetGuard.Target target = new TargetGuard(true, RESOLVER).check("http://localhost:8080/hook");
        assertEquals("localhost", target.host());
        assertEquals("127.0.0.1", target.addresses().get(0).getHostAddress());
    }

    private static String outcome(TargetGuard guard, String url) {
        try {
            guard.check(url);
            return "ok";
        } catch (TargetGuard.Refused refused) {
            return "refused";
        }
    }
}
