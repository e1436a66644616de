package org.bianzhi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bianzhi.roster.domain.IdNumber;

/**
 * 出国（境）管理 against a running service (the demo county: README's run command, signed in as {@code ganbu}): a
 * generated file of public security's crossings imported twice (new, then unchanged), then the module's heavy reads
 * timed warm. The file holds trips of the demo's declared passports and, for the rest, crossings of ID numbers the
 * registry does not know, as a province-wide export would.
 * <pre>
 * mvn -q org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.bianzhi.bench.TravelBenchmark -Dexec.args="http://localhost:8080/ ganbu Ganbu2026demo 100000"
 * </pre>
 */
public final class TravelBenchmark {

    private static final String HEADER = "身份证号,证件类型,证件号码,出入境方向,日期,口岸,前往地\n";
    private static final List<String> PLACES = List.of("日本", "泰国", "新加坡", "香港", "澳门", "美国", "法国", "韩国");

    // HTTP/1.1: the server closes an h2c upgrade that carries a large body
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String api;
    private String token;

    private TravelBenchmark(String base) {
        this.api = base + "api/v1/";
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        TravelBenchmark b = new TravelBenchmark(base.endsWith("/") ? base : base + "/");
        b.signIn(args.length > 1 ? args[1] : "ganbu", args.length > 2 ? args[2] : "Ganbu2026demo");
        LocalDate today = LocalDate.parse(b.get("session").getString("today", LocalDate.now().toString()));
        String csv = b.crossings(rows, today, new Random(11));
        for (String run : List.of("new", "the same file again")) {
            long t = System.nanoTime();
            String report = b.send("POST", "imports/border-crossings?wait=true", "text/csv", csv);
            System.out.printf("import %,d rows (%s): %.1f s  %s%n", rows, run, (System.nanoTime() - t) / 1e9,
                    report.length() > 400 ? report.substring(0, 400) + "…" : report);
        }
        System.out.println("findings today: " + b.get("travel/findings?limit=1").getJsonNumber("total")
                + ", trips: " + b.get("travel/trips?limit=1").getJsonNumber("total"));
        b.time("GET /travel/findings (every rule, whole county)", "travel/findings?limit=50");
        b.time("GET /travel/findings?group=TRAVEL", "travel/findings?group=TRAVEL&limit=50");
        b.time("GET /travel/trips (whole county)", "travel/trips?limit=50");
        b.time("GET /travel/filings/required", "travel/filings/required");
        b.time("GET /travel/statistics/GOVERNANCE (XLSX, this year)",
                "travel/statistics/GOVERNANCE?format=xlsx&from=" + today.withDayOfYear(1) + "&to=" + today);
    }

    /** {@code rows} crossings: two thirds trips of the declared passports (exit and entry), the rest unknown people. */
    private String crossings(int rows, LocalDate today, Random random) throws Exception {
        List<String[]> passports = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            var page = get("travel/documents?type=PASSPORT&limit=500&offset=" + offset).getJsonArray("items");
            for (var d : page) {
                JsonObject doc = d.asJsonObject();
                passports.add(new String[] {doc.getJsonObject("person").getString("idNumber"), doc.getString("number")});
            }
            if (page.size() < 500) break;
        }
        StringBuilder csv = new StringBuilder(HEADER);
        int written = 0;
        int known = passports.isEmpty() ? 0 : rows * 2 / 3;
        while (written + 2 <= known) {
            String[] p = passports.get(random.nextInt(passports.size()));
            LocalDate out = today.minusDays(25 + random.nextInt(3 * 365));
            trip(csv, p[0], p[1], out, out.plusDays(2 + random.nextInt(12)), PLACES.get(random.nextInt(PLACES.size())));
            written += 2;
        }
        List<String> unknown = new ArrayList<>();
        while (written + 2 <= rows) {
            String first17 = String.format("4401%02d%s%03d", 1 + random.nextInt(20),
                    LocalDate.of(1960, 1, 1).plusDays(random.nextInt(14_000)).toString().replace("-", ""), random.nextInt(1000));
            String id = first17 + IdNumber.checkCharacter(first17);
            LocalDate out = today.minusDays(25 + random.nextInt(3 * 365));
            StringBuilder one = new StringBuilder();
            trip(one, id, String.format("E%08d", random.nextInt(100_000_000)), out, out.plusDays(1 + random.nextInt(20)),
                    PLACES.get(random.nextInt(PLACES.size())));
            unknown.add(one.toString());
            written += 2;
        }
        Collections.shuffle(unknown, random);
        unknown.forEach(csv::append);
        return csv.toString();
    }

    private static void trip(StringBuilder csv, String id, String passport, LocalDate out, LocalDate back, String place) {
        csv.append(id).append(",普通护照,").append(passport).append(",出境,").append(out).append(",上海浦东机场,").append(place).append('\n');
        csv.append(id).append(",普通护照,").append(passport).append(",入境,").append(back).append(",上海浦东机场,\n");
    }

    /** One cold call, then five warm ones: their median and range. */
    private void time(String what, String path) throws Exception {
        send("GET", path, null, null);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            send("GET", path, null, null);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-52s median %6.0f ms (%.0f–%.0f)%n", what, ms.get(2), ms.get(0), ms.get(4));
    }

    private void signIn(String user, String password) throws Exception {
        token = null;
        String body = Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
        token = json(send("POST", "session", "application/json", body)).getString("token");
    }

    private JsonObject get(String path) throws Exception {
        return json(send("GET", path, null, null));
    }

    private String send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(api + path));
        if (token != null) r.header("Authorization", "Bearer " + token);
        if (type != null) r.header("Content-Type", type);
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() >= 300) throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " "
                + answer.body().substring(0, Math.min(answer.body().length(), 600)));
        return answer.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
