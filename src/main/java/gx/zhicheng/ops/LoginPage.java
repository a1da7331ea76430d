package gx.zhicheng.ops;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console's login page, in Chinese for the office staff. Rendered here rather than as a static file
 * because the form must carry the CSRF token; Spring's built-in page is English only. No inline script or
 * style: the Content-Security-Policy (SecurityConfig) allows neither.
 */
@Controller
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout, @RequestParam(required = false) String locked) {
        String notice = error != null ? "<p class=\"notice error\">用户名或密码不正确，请重新输入。</p>"
                : locked != null ? "<p class=\"notice error\">登录失败次数过多，请稍后再试。</p>"
                : logout != null ? "<p class=\"notice\">已退出登录。</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="UTF-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>登录 - 职称申报预审同步</title>
                  <link rel="stylesheet" href="/console/console.css">
                </head>
                <body class="login">
                  <main class="login-box">
                    <h1>职称申报预审同步</h1>
                    <p>请使用职改办分配的账号登录操作台。</p>
                    %s
                    <form method="post" action="/login">
                      <label>用户名 <input id="username" name="username" autocomplete="username" required autofocus></label>
                      <label>密码 <input id="password" name="password" type="password" autocomplete="current-password" required></label>
                      <input type="hidden" name="%s" value="%s">
                      <button id="login" type="submit">登录</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(notice, csrf.getParameterName(), csrf.getToken());
    }
}
