package org.bianzhi.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a coded value goes out in one shape only, its code in a field named for it and its Chinese label beside it
 * as {@code <field>Label} ({@code status: "APPLIED", statusLabel: "申请中"}); never an enum (its code without the
 * label) nor an object {code, label}. Checked on the records of every application package.
 */
class CodedValuesTest {

    /** Records of the application packages that are questions asked of a service, never an answer written as JSON. */
    private static final Set<String> NOT_ANSWERS = Set.of("org.bianzhi.payroll.application.PayrollService$Query",
            "org.bianzhi.audit.application.FindingService$Question", "org.bianzhi.audit.application.FindingReadModel$Filter",
            "org.bianzhi.travel.application.TravelFindingService$Question",
            "org.bianzhi.security.application.SessionService$Authenticated");

    @Test
    void recordsFoundOnTheClassPath() {
        assertTrue(records().size() > 100, "the scan finds the view records: " + records().size());
    }

    @Test
    void noViewGivesAnEnumOrAnObjectForACodedValue() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> r : records()) {
            if (NOT_ANSWERS.contains(r.getName())) continue;
            for (RecordComponent c : r.getRecordComponents()) {
                Type t = c.getGenericType();
                Class<?> element = t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                        && p.getActualTypeArguments()[0] instanceof Class<?> a ? a : c.getType();
                if (element.isEnum() || codeAndLabel(element)) wrong.add(r.getName() + "." + c.getName() + ": " + t.getTypeName());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyLabelStandsBesideItsCode() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> r : records()) {
            Set<String> names = Arrays.stream(r.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            for (String n : names) {
                if (n.endsWith("Label") && n.length() > 5 && !names.contains(n.substring(0, n.length() - 5))) {
                    wrong.add(r.getName() + "." + n);
                }
                if (n.endsWith("Labels") && !names.contains(plural(n.substring(0, n.length() - 6)))) wrong.add(r.getName() + "." + n);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A record of just a code and a label: the removed CodeLabel, or one like it. */
    private static boolean codeAndLabel(Class<?> c) {
        return c.isRecord() && Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet())
                .equals(Set.of("code", "label"));
    }

    private static String plural(String singular) {
        return singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
    }

    private static List<Class<?>> records() {
        try {
            Path classes = Paths.get(CodedValuesTest.class.getClassLoader().getResource("org/bianzhi/shared/domain/Labeled.class")
                    .toURI()).getParent().getParent().getParent(); // org/bianzhi
            List<Class<?>> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(p -> p.toString().contains("/application/") && p.toString().endsWith(".class")).toList()) {
                    String name = "org.bianzhi." + classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name, false, CodedValuesTest.class.getClassLoader());
                    if (c.isRecord()) found.add(c);
                }
            }
            return found;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
