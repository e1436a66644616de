package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.search.application.SearchService;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.ResourceMethods;
import org.junit.jupiter.api.Test;

/**
 * Walks every list of the API with good and malformed paging: each answers {@code {items, total, offset, limit}} as
 * asked, and a malformed, out-of-range or foreign paging parameter is a 422 naming it, never a default page.
 */
class ListPagingIT extends ApiTest {

    /** What a list needs besides paging to answer at all (a month of payroll: none imported here answers 404 after paging is read). */
    private static final Map<String, String> REQUIRED = Map.of("payroll/findings", "month=2026-05&");
    /** Reports with a paged part: the part is the page. */
    private static final Map<String, String> PART = Map.of("reports/retirements", "people", "travel/custody", "movements");

    private List<String> lists(String unit) {
        List<String> paths = new ArrayList<>();
        for (ResourceMethods.Operation o : ResourceMethods.all()) {
            boolean paged = false;
            for (var p : o.method().getParameters()) paged |= p.isAnnotationPresent(BeanParam.class) && p.getType() == Paging.class;
            if (!paged || !o.http().equals("GET")) continue;
            String path = o.path().replace("{code}", unit);
            assertTrue(!path.contains("{"), "a list under a path parameter the walk cannot fill: " + o);
            paths.add(path);
        }
        return paths;
    }

    @Test
    void everyListPagesOneWayAndRefusesWhatItCannotObey() {
        String unit = unit(true, "分页测试局", null);
        List<String> lists = lists(unit);
        assertTrue(lists.size() >= 25, "the lists were found: " + lists);
        List<String> wrong = new ArrayList<>();
        for (String path : lists) {
            String q = path + "?" + REQUIRED.getOrDefault(path, "");
            Api.Answer good = api.get(q + "offset=1&limit=2");
            if (good.status() != 200 && !good.raw().contains("payroll-month-not-imported")) {
                wrong.add(path + ": " + good.status() + " " + good.raw());
                continue;
            }
            JsonObject page = good.status() != 200 ? null : PART.containsKey(path) ? good.json().getJsonObject(PART.get(path)) : good.json();
            if (page != null && (!page.keySet().containsAll(Set.of("items", "total", "offset", "limit")) || page.getInt("offset") != 1
                    || page.getInt("limit") != 2 || page.getJsonArray("items").size() > 2)) {
                wrong.add(path + ": not the page asked for: " + page.keySet() + " " + page.get("offset") + "/" + page.get("limit"));
            }
            int max = path.equals("search/people") ? SearchService.MAX_LIMIT : Paging.MAX_LIMIT;
            expectRefused(wrong, path, q + "limit=abc", "limit");
            expectRefused(wrong, path, q + "limit=0", "limit");
            expectRefused(wrong, path, q + "limit=" + (max + 1), "limit");
            expectRefused(wrong, path, q + "offset=-1", "offset");
            expectRefused(wrong, path, q + "offset=1.5", "offset");
            expectRefused(wrong, path, q + "page=2&size=5", "page");
            expectRefused(wrong, path, q + "limit=1&limit=600", "limit");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aParameterTheOperationDoesNotKnowIsNamedWithTheOnesItDoes() {
        Api.Answer a = expect(422, api.get("units/unknown-code/quotas?unitCode=X"));
        assertEquals(Set.of("unitCode"), fields(a));
        assertTrue(a.json().getString("detail").contains("unitCode"), a.raw());
        Api.Answer numbers = expect(422, api.get("notices?year=二〇二六"));
        assertEquals(Set.of("year"), fields(numbers), "a whole-number filter that is not one is named, not a 404");
    }

    private void expectRefused(List<String> wrong, String path, String query, String field) {
        Api.Answer a = api.get(query);
        if (a.status() != 422 || !fields(a).contains(field)) wrong.add(path + " ?" + query.replaceFirst("^[^?]*\\?", "") + ": "
                + a.status() + " " + a.raw());
    }

    private static Set<String> fields(Api.Answer a) {
        if (!a.contentType().startsWith("application/problem+json")) return Set.of();
        return a.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field", "")).collect(Collectors.toSet());
    }
}
