package org.bianzhi.shared.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** RFC 9457 problem details, as every error of the API is answered. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors", "created", "updated", "unchanged", "rejected", "jobId"})
public class Problem {
    public String type;
    public String title;
    public int status;
    public String detail;
    public String code;
    public List<Error> errors;
    /** For a refused import: the report's counts and rows, so scripts read one shape either way. */
    public Integer created;
    public Integer updated;
    public Integer unchanged;
    public List<Error> rejected;
    /** For a refused import: its job, whose rejected rows can be downloaded. */
    public Long jobId;

    /** One offending field, or one offending import row and column. */
    @JsonbPropertyOrder({"field", "row", "column", "reason"})
    public static class Error {
        public String field;
        public Integer row;
        public String column;
        public String reason;
    }
}
