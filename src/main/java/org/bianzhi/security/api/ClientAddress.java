package org.bianzhi.security.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address, as sign-in throttling counts it: the connection's remote address. {@code X-Forwarded-For}
 * is believed only from a proxy named in {@code bianzhi.http.trusted-proxies} (comma-separated addresses; by
 * default 127.0.0.1, the proxy on the service's own machine, since the service listens there only): anyone else could write any address there and so escape the per-address count.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "bianzhi.http.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted = Set.of();

    @PostConstruct
    void init() {
        trusted = parse(trustedProxies.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * From a trusted proxy, the right-most forwarded address that is not itself a trusted proxy (what the proxy saw;
     * entries further left are the client's own claims); otherwise the remote address.
     */
    static String resolve(String remote, List<String> forwardedFor, Set<String> trusted) {
        if (remote == null) remote = "";
        if (!trusted.contains(remote)) return remote;
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) return hops.get(i).length() > 100 ? hops.get(i).substring(0, 100) : hops.get(i);
        }
        return remote;
    }
}
