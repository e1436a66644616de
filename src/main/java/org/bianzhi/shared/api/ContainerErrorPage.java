package org.bianzhi.shared.api;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the servlet container answers by itself (a path no resource matches, such as {@code /api/v1/units/..%2f..},
 * or a status it raises before the API runs), through {@code WEB-INF/web.xml}'s error pages: under {@code /api} the
 * problem+json the API gives everywhere else, elsewhere a short Chinese page that leads back to the web interface,
 * never the container's English one.
 */
@WebServlet("/container-error")
public class ContainerErrorPage extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ProblemMapper problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (uri.startsWith("/api/")) {
            response.setContentType(ProblemMapper.MEDIA_TYPE + ";charset=UTF-8");
            response.getWriter().write(JSON.toJson(problems.forStatus(status)));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>编制实名制管理系统</title></head>"
                + "<body><h1>" + (status == 404 ? "页面不存在" : "请求无法处理") + "</h1><p>" + (status == 404
                ? "您访问的地址不存在。" : "请求无法处理（HTTP " + status + "）。") + "</p><p><a href=\"/\">返回编制实名制管理系统首页</a></p></body></html>");
    }
}
