package org.bianzhi.bench;

import com.ibm.icu.text.Transliterator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bianzhi.it.web.Browser;

/**
 * How long the 检索 screen takes from a keystroke to the answer on screen, in Debian's headless chromium against a
 * running service (the demo county: README's run command). Each query is typed one character at a time, as a clerk
 * types; every keystroke is timed from the input event to the start of the frame that paints the answer for that text.
 * <pre>
 * mvn -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.bianzhi.bench.SearchScreenBenchmark -Dexec.args="http://localhost:8080/ bianban Bianban2026demo 60"
 * </pre>
 */
public final class SearchScreenBenchmark {

    /** Types the text into the search box and answers the milliseconds until its answer is on screen (-1: none in 5 s). */
    private static final String TYPE_AND_WAIT = """
            const text = arguments[0], done = arguments[arguments.length - 1];
            const box = document.querySelector('[data-test=search-box]');
            const t0 = performance.now();
            box.value = text;
            box.dispatchEvent(new Event('input', { bubbles: true }));
            (function check() {
              const hits = document.querySelector('[data-test=search-hits]');
              // checked at the start of a frame: the answer is in the page, and this frame paints it
              if (hits && hits.dataset.answered === text.trim()) done(performance.now() - t0);
              else if (performance.now() - t0 > 5000) done(-1);
              else requestAnimationFrame(check);
            })();
            """;

    private static final String CLEAR = """
            const box = document.querySelector('[data-test=search-box]');
            box.value = '';
            box.dispatchEvent(new Event('input', { bubbles: true }));
            """;

    public static void main(String[] args) throws Exception {
        URL base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/").toURL();
        String user = args.length > 1 ? args[1] : "bianban";
        String password = args.length > 2 ? args[2] : "Bianban2026demo";
        int people = args.length > 3 ? Integer.parseInt(args[3]) : 60;

        Map<String, List<String>> queries = queries(base, user, password, people);
        try (Browser browser = new Browser(base)) {
            browser.signIn(user, password).open("/search");
            browser.waitFor("[data-test=search-box]");
            for (int warm = 0; warm < 20; warm++) {
                browser.asyncScript(TYPE_AND_WAIT, warm % 2 == 0 ? "zw" : "wang");
            }
            System.out.printf("%-12s %6s %8s %8s %8s %8s%n", "form", "keys", "p50 ms", "p95 ms", "p99 ms", "max ms");
            List<Double> all = new ArrayList<>();
            for (var form : queries.entrySet()) {
                List<Double> times = new ArrayList<>();
                for (String q : form.getValue()) {
                    browser.script(CLEAR);
                    for (int i = 1; i <= q.length(); i++) {
                        double ms = ((Number) browser.asyncScript(TYPE_AND_WAIT, q.substring(0, i))).doubleValue();
                        if (ms < 0) throw new IllegalStateException("no answer within 5 s for " + q.substring(0, i));
                        times.add(ms);
                    }
                }
                all.addAll(times);
                print(form.getKey(), times);
            }
            print("all", all);
        }
    }

    private static void print(String form, List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf("%-12s %6d %8.1f %8.1f %8.1f %8.1f%n", form, sorted.size(), pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Names, pinyin initials with the unit's short name, and ID endings of people picked at random from the registry. */
    private static Map<String, List<String>> queries(URL base, String user, String password, int people) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String api = base.toString() + "api/v1/";
        String token = json(http.send(HttpRequest.newBuilder(URI.create(api + "session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", user).add("password", password)
                        .build().toString())).build(), HttpResponse.BodyHandlers.ofString()).body()).getString("token");
        long total = get(http, api + "people?limit=1", token).getJsonNumber("total").longValue();
        Random random = new Random(7);
        Transliterator latin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("name", new ArrayList<>());
        q.put("initials", new ArrayList<>());
        q.put("id-last-4", new ArrayList<>());
        for (int i = 0; i < people; i++) {
            JsonObject p = get(http, api + "people?limit=1&offset=" + random.nextLong(total), token).getJsonArray("items").getJsonObject(0);
            String name = p.getString("name");
            String id = p.getString("idNumber");
            StringBuilder initials = new StringBuilder();
            for (String syllable : latin.transliterate(name).split("\\s+")) if (!syllable.isEmpty()) initials.append(syllable.charAt(0));
            q.get("name").add(name);
            q.get("initials").add(initials.toString().toLowerCase());
            q.get("id-last-4").add(id.substring(id.length() - 4));
        }
        return q;
    }

    private static JsonObject get(HttpClient http, String url, String token) throws Exception {
        return json(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
