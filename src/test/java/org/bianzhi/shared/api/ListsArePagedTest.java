package org.bianzhi.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bianzhi.shared.application.Page;
import org.junit.jupiter.api.Test;

/**
 * One paging convention (issue 23): a list the API answers is a {@link Page} asked for with {@link Paging}, never a
 * bare array, and no operation reads paging parameters of its own. What answers an array is a record's own parts
 * (a unit's history, a person's filings), named here.
 */
class ListsArePagedTest {

    /** A record's own parts, short by nature: answered whole. */
    private static final Set<String> PARTS = Set.of(
            "GET units/{code}/history", "GET units/{code}/quotas", "GET units/{code}/leadership",
            "GET travel/people/{personId}/filing", "GET search/units");

    @Test
    void everyListIsAPageAskedForWithTheOnePagingConvention() {
        List<ResourceMethods.Operation> ops = ResourceMethods.all();
        assertTrue(ops.size() > 100, "the resource methods were found: " + ops.size());
        List<String> bare = ops.stream().filter(o -> ResourceMethods.isGet(o.method()))
                .filter(o -> Collection.class.isAssignableFrom(o.method().getReturnType()) || o.method().getReturnType().isArray())
                .map(o -> o.http() + " " + o.path()).filter(o -> !PARTS.contains(o)).toList();
        assertEquals(List.of(), bare, "lists answered as bare arrays: answer a Page asked for with @BeanParam Paging");
        List<String> unpaged = ops.stream().filter(o -> o.method().getReturnType() == Page.class)
                .filter(o -> !takesPaging(o)).map(Object::toString).toList();
        assertEquals(List.of(), unpaged, "pages without @BeanParam Paging");
        List<String> ownParams = ops.stream().filter(o -> takesPaging(o) && readsOwnPaging(o)).map(Object::toString).toList();
        assertEquals(List.of(), ownParams, "operations that read offset/limit/page/size themselves beside Paging");
    }

    @Test
    void theListsThatAreNotPagesAreStillThere() {
        List<String> ops = ResourceMethods.all().stream().map(o -> o.http() + " " + o.path()).toList();
        List<String> gone = PARTS.stream().filter(p -> !ops.contains(p)).sorted().toList();
        assertEquals(List.of(), gone, "PARTS names operations that no longer exist");
    }

    @Test
    void aResourcePerResource() {
        List<String> rootless = ResourceMethods.resourceClasses().stream()
                .filter(c -> c.getAnnotation(jakarta.ws.rs.Path.class).value().replace("/", "").isEmpty())
                .map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of(), rootless, "resources at @Path(\"\") mix several resources in one class: give each its own path");
    }

    private static boolean takesPaging(ResourceMethods.Operation o) {
        for (Parameter p : o.method().getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class) && p.getType() == Paging.class) return true;
        }
        return false;
    }

    private static boolean readsOwnPaging(ResourceMethods.Operation o) {
        for (Parameter p : o.method().getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null && Set.of("offset", "limit", "page", "size").contains(q.value())) return true;
        }
        return false;
    }
}
