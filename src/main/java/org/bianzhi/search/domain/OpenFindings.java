package org.bianzhi.search.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The rule codes of the open audit findings that name each of these people (shown with a hit). */
public interface OpenFindings {

    Map<Long, List<String>> of(Collection<Long> personIds);
}
