package org.bianzhi.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * The one stale-version check (乐观锁): the version a change was made on, from the request's {@code If-Match}
 * (412 when stale) or the body's {@code version} (409 when stale, as clients of the first API had it). A full
 * edit ({@code PUT}) that names neither is refused with 428: it would overwrite silently whatever happened since
 * the client read the record. Outside an HTTP request (an import job) nothing was read, so nothing is checked
 * beyond the body.
 */
@RequestScoped
public class ExpectedVersion {

    /** The versions {@code If-Match} names; null when it was not sent. Empty when it named none we issue. */
    private Set<Long> ifMatch;
    private boolean any;
    private boolean required;

    /** Called once per request by the API's entity-tag filter. */
    public void fromRequest(Set<Long> ifMatch, boolean any, boolean required) {
        this.ifMatch = ifMatch;
        this.any = any;
        this.required = required;
    }

    /**
     * Refuses the change when the record ({@code what}, e.g. "单位“水利局”") is no longer at the version the client
     * read. {@code sent} is the body's version, or null.
     */
    public void check(String what, Long sent, long current) {
        if (any) return;
        if (ifMatch != null) {
            if (!ifMatch.contains(current)) {
                throw BianzhiException.preconditionFailed(what + "在您读取后已被他人修改（请求头 If-Match 所给版本不是当前版本 "
                        + current + "），请刷新后重新提交");
            }
            return;
        }
        if (sent == null) {
            if (required) {
                throw BianzhiException.preconditionRequired("修改" + what + "须说明所依据的版本：请在请求头 If-Match 中给出读取时的 ETag，"
                        + "或在提交内容中给出 version");
            }
            return;
        }
        if (sent != current) {
            throw BianzhiException.conflict("stale-version", what + "在您读取后已被他人修改（版本 " + sent + " → " + current
                    + "），请刷新后重新提交");
        }
    }
}
