package org.bianzhi.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheForwardedForHeaderIsIgnored() {
        assertEquals("203.0.113.5", ClientAddress.resolve("203.0.113.5", List.of("198.51.100.1"), Set.of()));
        assertEquals("203.0.113.5", ClientAddress.resolve("203.0.113.5", List.of("198.51.100.1"), Set.of("10.0.0.1")));
        assertEquals(Set.of(), ClientAddress.parse(""));
    }

    @Test
    void fromATrustedProxyTheRightMostAddressThatIsNoProxyCounts() {
        Set<String> proxies = ClientAddress.parse(" 10.0.0.1, 10.0.0.2 ");
        assertEquals(Set.of("10.0.0.1", "10.0.0.2"), proxies);
        // the client wrote "1.1.1.1" itself; the proxy appended what it saw
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.1", List.of("1.1.1.1, 198.51.100.7"), proxies));
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.1", List.of("1.1.1.1", "198.51.100.7, 10.0.0.2"), proxies));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", List.of(), proxies));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", List.of("10.0.0.2"), proxies));
    }
}
