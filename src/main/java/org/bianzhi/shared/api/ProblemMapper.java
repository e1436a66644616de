package org.bianzhi.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.bianzhi.shared.application.Incident;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.RowCounts;
import org.bianzhi.shared.domain.Violation;

/**
 * The one place that turns a failure into an answer: {@code application/problem+json} with a
 * Chinese {@code detail}, a stable {@code code}, and the fields or rows at fault. Never a stack trace.
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    public static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public Response toResponse(Throwable thrown) {
        Problem p = map(thrown);
        Response.ResponseBuilder answer = Response.status(p.status).type(MEDIA_TYPE + ";charset=UTF-8").entity(p);
        BianzhiException be = find(thrown, BianzhiException.class);
        if (be != null && be.retryAfter() != null) answer.header("Retry-After", Math.max(1, be.retryAfter().toSeconds()));
        return answer.build();
    }

    Problem map(Throwable thrown) {
        BianzhiException be = find(thrown, BianzhiException.class);
        if (be != null) return fromDomain(be);
        ConstraintViolationException cve = find(thrown, ConstraintViolationException.class);
        if (cve != null) return fromBeanValidation(cve);
        if (find(thrown, OptimisticLockException.class) != null) {
            return problem(409, "stale-version", "记录已被他人修改",
                    "该记录在您读取后已被他人修改，请刷新后重新提交。", List.of());
        }
        if (find(thrown, PessimisticLockException.class) != null) {
            return problem(409, "busy", "记录正被他人处理", "该记录正被其他人同时处理，请稍后重试。", List.of());
        }
        SQLException sql = find(thrown, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return problem(409, "duplicate", "与已有记录冲突",
                    "提交的内容与已有记录重复或冲突（同时提交的另一请求可能已经登记了它），请刷新后核对。", List.of());
        }
        if (find(thrown, JsonbException.class) != null || thrown instanceof ProcessingException
                || thrown instanceof BadRequestException) {
            return problem(400, "malformed-json", "请求格式错误",
                    "请求内容为空、不是有效的 JSON，或字段类型不对（日期格式为 YYYY-MM-DD，数量为整数）。", List.of());
        }
        if (thrown instanceof NotFoundException) {
            return problem(404, "not-found", "未找到", "请求的地址或记录不存在。", List.of());
        }
        if (thrown instanceof NotAllowedException) {
            return problem(405, "method-not-allowed", "不支持的操作", "该地址不支持此请求方法。", List.of());
        }
        if (thrown instanceof NotSupportedException) {
            return problem(415, "unsupported-media-type", "不支持的内容类型",
                    "请求的内容类型不受支持（JSON 接口请使用 application/json，导入请使用 text/csv）。", List.of());
        }
        if (thrown instanceof WebApplicationException wae && wae.getResponse().getStatus() == 414) {
            return problem(414, "uri-too-long", "请求地址过长", "请求地址过长（超过 " + RequestLimits.MAX_URI_CHARS
                    + " 个字符），请缩短查询条件，或分几次查询。", List.of());
        }
        if (thrown instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return problem(status, "http-" + status, "请求无法处理", "请求无法处理（HTTP " + status + "）。", List.of());
        }
        String incident = Incident.record(LOG, "Unexpected failure", thrown);
        return problem(500, "internal-error", "系统内部错误",
                "系统内部错误，未保存任何更改。请将事件编号 " + incident + " 告知系统管理员。", List.of());
    }

    /** The problem for a status the servlet container answered by itself (an unmappable path, say). */
    Problem forStatus(int status) {
        return map(status == 404 ? new NotFoundException() : status == 405 ? new NotAllowedException("GET")
                : status >= 500 ? new IllegalStateException("container error " + status) : new WebApplicationException(status));
    }

    private Problem fromDomain(BianzhiException e) {
        int status = switch (e.kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case THROTTLED -> 429;
            case PRECONDITION_FAILED -> 412;
            case PRECONDITION_REQUIRED -> 428;
        };
        String title = switch (e.kind()) {
            case INVALID -> "提交的内容有误";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "与登记情况冲突";
            case FORBIDDEN -> "无权操作";
            case UNAUTHENTICATED -> "未登录或登录已失效";
            case THROTTLED -> "请求过于频繁";
            case PRECONDITION_FAILED -> "记录已被他人修改";
            case PRECONDITION_REQUIRED -> "须说明所依据的版本";
        };
        Problem p = problem(status, e.code(), title, e.getMessage(), e.violations());
        if (e instanceof RowCounts counts) {
            p.created = counts.created();
            p.updated = counts.updated();
            p.unchanged = counts.unchanged();
            p.rejected = p.errors;
            p.jobId = counts.jobId();
        }
        return p;
    }

    private Problem fromBeanValidation(ConstraintViolationException e) {
        List<Violation> list = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String path = v.getPropertyPath().toString();
            // "create.arg0.name" -> "name": the client knows fields, not Java parameters
            String field = path.contains(".") ? path.substring(path.indexOf('.', path.indexOf('.') + 1) + 1) : path;
            list.add(Violation.ofField(field, v.getMessage()));
        }
        list.sort((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())));
        String detail = list.size() == 1 ? list.get(0).field() + "：" + list.get(0).reason()
                : "提交的内容有 " + list.size() + " 处错误，请逐项修改。";
        return problem(422, "invalid-input", "提交的内容有误", detail, list);
    }

    private static Problem problem(int status, String code, String title, String detail, List<Violation> violations) {
        Problem p = new Problem();
        p.type = "https://bianzhi.org/problems/" + code;
        p.title = title;
        p.status = status;
        p.detail = detail;
        p.code = code;
        p.errors = new ArrayList<>();
        for (Violation v : violations) {
            Problem.Error err = new Problem.Error();
            err.field = v.field();
            err.row = v.row();
            err.column = v.column();
            err.reason = v.reason();
            p.errors.add(err);
        }
        return p;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
